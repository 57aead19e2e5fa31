using System.Globalization;
using System.Text;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// Writes the WAT component the differential tests run in Wasmtime. Its linear memory mirrors the buffer the C#
/// bindings work on: the C# side allocates below <see cref="ComponentRegion"/>, the component's own
/// <c>realloc</c> above it (a bump allocator that copies the block it resizes, as the spec's string transcoding needs).
/// Per type <c>N</c> it exports <c>readN(p: u32) -> list&lt;T&gt;</c> (the core function returns
/// <c>p</c>, so Wasmtime lifts the list whose (data, length) pair is at <c>p</c>), <c>takeN(v: list&lt;T&gt;)</c> (keeps the
/// pair Wasmtime lowered at offset 0) and, when <c>T</c> flattens to at most 16 values, <c>flatN(v: T) -> list&lt;u8&gt;</c>
/// (returns the core values it received, 8 bytes each). <c>write</c>, <c>dump</c> and <c>reset</c> move memory.
/// </summary>
internal static class ComponentWriter
{
    public const uint MemoryPages = 32;
    public const uint MemorySize = MemoryPages * 65536;
    public const uint ComponentRegion = MemorySize / 2;
    public const uint FlatArea = 64;

    public static string Wat(WitModel model, IReadOnlyList<WitType> types)
    {
        var (typeDefs, names) = NamedTypes(model);
        var core = new StringBuilder();
        var lifts = new StringBuilder();
        for (var n = 0; n < types.Count; n++)
        {
            var t = Ref(model, types[n], names);
            lifts.AppendLine($"  (func $read{n} (param \"p\" u32) (result (list {t})) (canon lift (core func $i \"read\") {Options}))");
            lifts.AppendLine($"  (export \"read{n}\" (func $read{n}))");
            lifts.AppendLine($"  (func $take{n} (param \"v\" (list {t})) (canon lift (core func $i \"take\") {Options}))");
            lifts.AppendLine($"  (export \"take{n}\" (func $take{n}))");
            var flat = CanonicalAbi.LayoutOf(model, types[n]).Flat;
            if (flat.Count <= CanonicalAbi.MaxFlatParams)
            {
                core.AppendLine(FlatRecorder(n, flat));
                lifts.AppendLine($"  (func $flat{n} (param \"v\" {t}) (result (list u8)) (canon lift (core func $i \"flat{n}\") {Options}))");
                lifts.AppendLine($"  (export \"flat{n}\" (func $flat{n}))");
            }
        }

        return Component(typeDefs, core.ToString(), lifts.ToString());
    }

    /// <summary>The component type definitions and exports of the model's records, variants, enums and flags, and their names.</summary>
    public static (string Text, IReadOnlyDictionary<TypeId, string> Names) NamedTypes(WitModel model)
    {
        var names = new Dictionary<TypeId, string>();
        var typeDefs = new StringBuilder();
        for (var i = 0; i < model.Types.Count; i++)
        {
            var def = model.Types[i];
            if (def.Name is not null && def.Kind is RecordKind or VariantKind or EnumKind or FlagsKind)
            {
                typeDefs.AppendLine($"  (type $d{i} {Type(model, def.Kind, names)})");
                typeDefs.AppendLine($"  (export $t{i} \"{def.Name}\" (type $d{i}))");
                names[new TypeId(i)] = $"$t{i}";
            }
        }

        return (typeDefs.ToString(), names);
    }

    /// <summary>The component with the memory-moving exports, plus <paramref name="core"/> functions in its core module and <paramref name="lifts"/>.</summary>
    public static string Component(string typeDefs, string core, string lifts)
    {
        return $$"""
            (component
            {{typeDefs}}
              (core module $m
                (memory (export "memory") {{MemoryPages}})
                (global $bump (mut i32) (i32.const {{ComponentRegion}}))
                (func (export "realloc") (param $old i32) (param $oldsize i32) (param $align i32) (param $size i32) (result i32)
                  (local $r i32)
                  (local.set $r (i32.and (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
                                         (i32.sub (i32.const 0) (local.get $align))))
                  (global.set $bump (i32.add (local.get $r) (local.get $size)))
                  (if (i32.gt_u (global.get $bump) (i32.const {{MemorySize}})) (then unreachable))
                  (if (local.get $old)
                    (then (memory.copy (local.get $r) (local.get $old)
                      (select (local.get $oldsize) (local.get $size) (i32.lt_u (local.get $oldsize) (local.get $size))))))
                  (local.get $r))
                (func (export "reset") (global.set $bump (i32.const {{ComponentRegion}})))
                (func (export "write") (param $off i32) (param $ptr i32) (param $len i32)
                  (memory.copy (local.get $off) (local.get $ptr) (local.get $len)))
                (func (export "dump") (param $off i32) (param $len i32) (result i32)
                  (i32.store (i32.const 8) (local.get $off))
                  (i32.store (i32.const 12) (local.get $len))
                  (i32.const 8))
                (func (export "bump") (result i32) (global.get $bump))
                (func (export "read") (param i32) (result i32) (local.get 0))
                (func (export "take") (param i32 i32)
                  (i32.store (i32.const 0) (local.get 0))
                  (i32.store (i32.const 4) (local.get 1)))
            {{core}}
              )
              (core instance $i (instantiate $m))
              (func $reset (canon lift (core func $i "reset")))
              (export "reset" (func $reset))
              (func $bump (result u32) (canon lift (core func $i "bump")))
              (export "bump" (func $bump))
              (func $write (param "off" u32) (param "bytes" (list u8)) (canon lift (core func $i "write") {{Options}}))
              (export "write" (func $write))
              (func $dump (param "off" u32) (param "len" u32) (result (list u8)) (canon lift (core func $i "dump") {{Options}}))
              (export "dump" (func $dump))
            {{lifts}}
            )
            """;
    }

    public const string Options = "(memory (core memory $i \"memory\")) (realloc (core func $i \"realloc\"))";

    // Stores each core parameter at FlatArea + 8k (i32 and f32 zero-extended), and returns the list of those bytes.
    private static string FlatRecorder(int n, IReadOnlyList<CoreType> flat)
    {
        var body = new StringBuilder();
        for (var k = 0; k < flat.Count; k++)
        {
            var at = (FlatArea + 8 * k).ToString(CultureInfo.InvariantCulture);
            body.Append(flat[k] switch
            {
                CoreType.I32 => $"(i64.store (i32.const {at}) (i64.extend_i32_u (local.get {k}))) ",
                CoreType.F32 => $"(i64.store (i32.const {at}) (i64.extend_i32_u (i32.reinterpret_f32 (local.get {k})))) ",
                CoreType.I64 => $"(i64.store (i32.const {at}) (local.get {k})) ",
                _ => $"(i64.store (i32.const {at}) (i64.reinterpret_f64 (local.get {k}))) ",
            });
        }

        var pair = FlatArea - 8;
        var parameters = flat.Count == 0 ? string.Empty : "(param " + string.Join(" ", flat.Select(t => t.ToString().ToLowerInvariant())) + ")";
        return $"    (func (export \"flat{n}\") {parameters} (result i32) {body}" +
            $"(i32.store (i32.const {pair}) (i32.const {FlatArea})) (i32.store (i32.const {pair + 4}) (i32.const {8 * flat.Count})) (i32.const {pair}))";
    }

    public static string Ref(WitModel model, WitType type, IReadOnlyDictionary<TypeId, string> names)
    {
        type = model.Unalias(type);
        if (type.Primitive is { } p)
        {
            return p switch
            {
                PrimitiveKind.Bool => "bool",
                PrimitiveKind.String => "string",
                PrimitiveKind.Char => "char",
                _ => p.ToString().ToLowerInvariant(),
            };
        }

        return names.TryGetValue(type.Id, out var name) ? name : Type(model, model[type.Id].Kind, names);
    }

    private static string Type(WitModel model, TypeDefKind kind, IReadOnlyDictionary<TypeId, string> names)
    {
        string R(WitType t) => Ref(model, t, names);
        return kind switch
        {
            RecordKind r => "(record " + string.Join(" ", r.Fields.Select(f => $"(field \"{f.Name}\" {R(f.Type)})")) + ")",
            VariantKind v => "(variant " + string.Join(" ", v.Cases.Select(c => c.Type is { } t ? $"(case \"{c.Name}\" {R(t)})" : $"(case \"{c.Name}\")")) + ")",
            EnumKind e => "(enum " + string.Join(" ", e.Cases.Select(c => $"\"{c.Name}\"")) + ")",
            FlagsKind f => "(flags " + string.Join(" ", f.Flags.Select(x => $"\"{x.Name}\"")) + ")",
            TupleKind t => "(tuple " + string.Join(" ", t.Types.Select(R)) + ")",
            ListKind l => $"(list {R(l.Element)})",
            OptionKind o => $"(option {R(o.Element)})",
            ResultKind res => "(result" + (res.Ok is { } ok ? " " + R(ok) : string.Empty) + (res.Err is { } err ? $" (error {R(err)})" : string.Empty) + ")",
            AliasKind a => R(a.Target),
            _ => throw new NotSupportedException(kind.GetType().Name),
        };
    }
}
