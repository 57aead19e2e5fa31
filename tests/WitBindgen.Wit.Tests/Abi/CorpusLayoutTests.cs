using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Resolution;
using static WitBindgen.Wit.Abi.CoreType;

namespace WitBindgen.Wit.Tests.Abi;

/// <summary>Canonical ABI facts over real packages: known WASI layouts, and invariants every type and function must satisfy.</summary>
public sealed class CorpusLayoutTests
{
    public static TheoryData<string> WasiPackages()
    {
        var data = new TheoryData<string>();
        if (TestPaths.ConformanceDir("wasi-wit") is { } dir)
        {
            foreach (var name in Directory.EnumerateDirectories(dir).Select(Path.GetFileName).OfType<string>().OrderBy(n => n, StringComparer.Ordinal))
            {
                data.Add(name);
            }
        }

        if (data.Count == 0)
        {
            data.Add("<no conformance material>");
        }

        return data;
    }

    [ConformanceFact]
    public void Filesystem_descriptor_stat_matches_the_layout_wasi_bindings_use()
    {
        var model = ResolveWasi("filesystem");
        var stat = FindType(model, "types", "descriptor-stat");

        var layout = model.Layouts[stat.Index];

        layout.Size.ShouldBe(96u);
        layout.Alignment.ShouldBe(8u);
        layout.Flat.ToArray().ShouldBe(new[] { I32, I64, I64, I32, I64, I32, I32, I64, I32, I32, I64, I32 });
        CanonicalAbi.FieldOffsets(model, stat).ToArray().ShouldBe(new uint[] { 0, 8, 16, 24, 48, 72 });
    }

    [ConformanceFact]
    public void Http_method_is_a_byte_discriminant_with_a_string_payload_at_four()
    {
        var model = ResolveWasi("http");
        var method = FindType(model, "types", "method");

        var shape = CanonicalAbi.VariantShapeOf(model, method).ShouldNotBeNull();

        shape.DiscriminantSize.ShouldBe(1u);
        shape.PayloadOffset.ShouldBe(4u);
        shape.Size.ShouldBe(12u);
        model.Layouts[method.Index].Flat.ToArray().ShouldBe(new[] { I32, I32, I32 });
    }

    [ConformanceTheory]
    [MemberData(nameof(WasiPackages))]
    public void Every_type_and_function_satisfies_the_layout_invariants(string package)
    {
        var model = ResolveWasi(package);
        model.Layouts.ShouldBe(CanonicalAbi.ComputeLayouts(model.Types));

        for (var i = 0; i < model.Types.Count; i++)
        {
            var id = new TypeId(i);
            var layout = model.Layouts[i];
            var what = $"{model.Types[i].Name ?? "anonymous"} #{i}";
            new uint[] { 1, 2, 4, 8 }.ShouldContain(layout.Alignment, what);
            (layout.Size % layout.Alignment).ShouldBe(0u, what);
            CheckFields(model, id, layout, what);
            CheckVariant(model, id, layout, what);
        }

        foreach (var function in AllFunctions(model))
        {
            foreach (var direction in new[] { AbiDirection.Lift, AbiDirection.Lower })
            {
                var signature = CanonicalAbi.FlattenFunction(model, function, direction);
                signature.Params.Count.ShouldBeLessThanOrEqualTo(CanonicalAbi.MaxFlatParams + 1, function.Name);
                signature.Results.Count.ShouldBeLessThanOrEqualTo(CanonicalAbi.MaxFlatResults, function.Name);
                (signature.HasReturnPointerParam && direction == AbiDirection.Lift).ShouldBeFalse(function.Name);
            }
        }
    }

    private static void CheckFields(WitModel model, TypeId id, TypeLayout layout, string what)
    {
        var fields = model.Types[id.Index].Kind switch
        {
            RecordKind record => record.Fields.Select(f => f.Type).ToArray(),
            TupleKind tuple => tuple.Types.ToArray(),
            _ => null,
        };
        if (fields is null)
        {
            return;
        }

        var offsets = CanonicalAbi.FieldOffsets(model, id);
        offsets.Count.ShouldBe(fields.Length, what);
        uint end = 0;
        for (var f = 0; f < fields.Length; f++)
        {
            var field = model.GetLayout(fields[f]);
            offsets[f].ShouldBeGreaterThanOrEqualTo(end, what);
            (offsets[f] % field.Alignment).ShouldBe(0u, what);
            end = offsets[f] + field.Size;
        }

        end.ShouldBeLessThanOrEqualTo(layout.Size, what);
        layout.Flat.ToArray().ShouldBe(fields.SelectMany(t => model.GetLayout(t).Flat).ToArray(), what);
    }

    private static void CheckVariant(WitModel model, TypeId id, TypeLayout layout, string what)
    {
        if (CanonicalAbi.VariantShapeOf(model, id) is not { } shape)
        {
            return;
        }

        shape.Size.ShouldBe(layout.Size, what);
        shape.Alignment.ShouldBe(layout.Alignment, what);
        shape.PayloadOffset.ShouldBeGreaterThanOrEqualTo(shape.DiscriminantSize, what);
        layout.Flat[0].ShouldBe(I32, what);
    }

    private static IEnumerable<Function> AllFunctions(WitModel model) =>
        model.Interfaces.SelectMany(i => i.Functions)
            .Concat(model.Worlds.SelectMany(w => w.Imports.Concat(w.Exports)).Select(e => e.Item).OfType<WorldFunctionItem>().Select(f => f.Function));

    private static TypeId FindType(WitModel model, string iface, string name)
    {
        var found = model.Interfaces.Where(i => i.Name == iface).SelectMany(i => i.Types).First(t => t.Name == name);
        return found.Id;
    }

    private static WitModel ResolveWasi(string package)
    {
        var (input, diagnostics) = WitInputLoader.Load(Path.Combine(TestPaths.ConformanceDir("wasi-wit")!, package), Array.Empty<string>());
        diagnostics.ShouldBeEmpty();
        var result = WitResolver.Resolve(input!);
        return result.Model.ShouldNotBeNull(string.Join("\n", result.Diagnostics));
    }
}
