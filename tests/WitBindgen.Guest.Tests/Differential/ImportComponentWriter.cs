using System.Text;
using WitBindgen.Wit.Model;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// Writes the WAT component of the generated imports' differential tests: it imports the instance
/// <c>test:typed-imports/echoes</c> (the model's records, variants, enums and flags, and per type <c>N</c>
/// <c>echoN(v: list&lt;T&gt;) -&gt; list&lt;T&gt;</c>) and exports <c>callN</c> of the same type, whose core function passes
/// its argument to the lowered import and returns what it returned. Memory, <c>realloc</c> and <c>reset</c> are
/// <see cref="ComponentWriter"/>'s.
/// </summary>
internal static class ImportComponentWriter
{
    /// <summary>The instance the component imports.</summary>
    public const string Interface = "test:typed-imports/echoes";

    // Where each call's lowered import writes its result (a list's data pointer and length), clear of ComponentWriter's areas.
    private const int ReturnArea = 32;

    public static string Wat(WitModel model, IReadOnlyList<WitType> types)
    {
        var names = new Dictionary<TypeId, string>();
        var instance = new StringBuilder();
        var aliases = new StringBuilder();
        for (var i = 0; i < model.Types.Count; i++)
        {
            var def = model.Types[i];
            if (def.Name is not null && def.Kind is RecordKind or VariantKind or EnumKind or FlagsKind)
            {
                // Written before the name is known, so the definition refers to earlier named types only.
                var definition = ComponentWriter.Ref(model, WitType.Of(new TypeId(i)), names);
                instance.AppendLine($"    (type $d{i} {definition})");
                instance.AppendLine($"    (export \"{def.Name}\" (type $t{i} (eq $d{i})))");
                aliases.AppendLine($"  (alias export $echoes \"{def.Name}\" (type $t{i}))");
                names[new TypeId(i)] = $"$t{i}";
            }
        }

        var lowers = new StringBuilder();
        var core = new StringBuilder();
        var with = new StringBuilder();
        var lifts = new StringBuilder();
        for (var n = 0; n < types.Count; n++)
        {
            var t = $"(list {ComponentWriter.Ref(model, types[n], names)})";
            instance.AppendLine($"    (export \"echo{n}\" (func (param \"v\" {t}) (result {t})))");
            lowers.AppendLine($"  (core func $echo{n} (canon lower (func $echoes \"echo{n}\") {ComponentWriter.Options}))");
            core.AppendLine($"    (import \"echoes\" \"echo{n}\" (func $echo{n} (param i32 i32 i32)))");
            with.Append($" (export \"echo{n}\" (func $echo{n}))");
            lifts.AppendLine($"  (func $call{n} (param \"v\" {t}) (result {t}) (canon lift (core func $calls \"call{n}\") {ComponentWriter.Options}))");
            lifts.AppendLine($"  (export \"call{n}\" (func $call{n}))");
        }

        for (var n = 0; n < types.Count; n++)
        {
            core.AppendLine($"    (func (export \"call{n}\") (param i32 i32) (result i32) (call $echo{n} (local.get 0) (local.get 1) (i32.const {ReturnArea})) (i32.const {ReturnArea}))");
        }

        var imports = $"  (import \"{Interface}\" (instance $echoes\n{instance}  ))\n{aliases}";
        var calls = $"""
            {lowers}  (core module $forward
            {core}  )
              (core instance $calls (instantiate $forward (with "echoes" (instance{with}))))
            {lifts}
            """;
        return ComponentWriter.Component(imports, string.Empty, calls);
    }
}
