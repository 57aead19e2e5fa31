extern alias wit;

using WitBindgen.Runtime.Backends.Direct.Abi;
using Xunit.Abstractions;
using wit::WitBindgen.Wit.Abi;
using wit::WitBindgen.Wit.Model;

namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>
/// The runtime lays out the decoder's types with its own small calculator; these tests hold it to the front end's
/// layouts (which the code generator uses) for the same WIT, type by type and function by function, so the two
/// cannot drift.
/// </summary>
public sealed class AbiLayoutTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_test_type_lays_out_as_the_model_does()
    {
        var compared = Compare(new ModelTypes(ModelTypes.Resolve(AbiTestWorld.Wit)));
        output.WriteLine($"{compared.Types} types, {compared.Functions} functions compared");
        compared.Types.ShouldBeGreaterThanOrEqualTo(AbiTestWorld.Types.Count / 2);
        compared.Functions.ShouldBe(AbiTestWorld.Types.Count + 1);
    }

    [ConformanceFact]
    public void Every_type_of_the_binding_generators_corpus_lays_out_as_the_model_does()
    {
        var root = TestPaths.ConformanceDir("wit-bindgen-codegen")!;
        int models = 0, types = 0, functions = 0;
        foreach (var entry in Directory.EnumerateFileSystemEntries(root).Where(e => Directory.Exists(e) || e.EndsWith(".wit", StringComparison.Ordinal)).Order())
        {
            if (ModelTypes.Load(entry) is not { } model)
            {
                continue;
            }

            var compared = Compare(new ModelTypes(model));
            models++;
            types += compared.Types;
            functions += compared.Functions;
        }

        output.WriteLine($"{models} models, {types} types, {functions} functions compared");
        models.ShouldBeGreaterThan(80);
        types.ShouldBeGreaterThan(300);
        functions.ShouldBeGreaterThan(300);
    }

    private static (int Types, int Functions) Compare(ModelTypes types)
    {
        var model = types.Model;
        var builder = new AbiTypeBuilder();
        var comparedTypes = 0;
        for (var i = 0; i < model.Types.Count; i++)
        {
            var type = WitType.Of(new TypeId(i));
            if (!types.IsSupported(type))
            {
                continue;
            }

            var expected = model.GetLayout(type);
            var actual = builder.Build(types.Node(type), "layout", $"type #{i}");
            var label = $"{model.Types[i].Name ?? model.Types[i].Kind.GetType().Name} (#{i})";
            actual.Size.ShouldBe(expected.Size, label);
            actual.Alignment.ShouldBe(expected.Alignment, label);
            Flat(actual.Flat).ShouldBe(expected.Flat.Select(t => t.ToString()).ToArray(), label);
            comparedTypes++;
        }

        var comparedFunctions = 0;
        foreach (var function in types.Functions())
        {
            if (function.IsAsync || !function.Params.All(p => types.IsSupported(p.Type)) || (function.Result is { } r && !types.IsSupported(r)))
            {
                continue;
            }

            var abi = FunctionAbi.Create(function.Name, types.Func(function), builder);
            var lift = CanonicalAbi.FlattenFunction(model, function, AbiDirection.Lift);
            var lower = CanonicalAbi.FlattenFunction(model, function, AbiDirection.Lower);
            Flat(abi.LiftedParameters).ShouldBe(lift.Params.Select(t => t.ToString()).ToArray(), function.Name);
            Flat(abi.LiftedResults).ShouldBe(lift.Results.Select(t => t.ToString()).ToArray(), function.Name);
            Flat(abi.LoweredParameters).ShouldBe(lower.Params.Select(t => t.ToString()).ToArray(), function.Name);
            Flat(abi.LoweredResults).ShouldBe(lower.Results.Select(t => t.ToString()).ToArray(), function.Name);
            abi.ParametersInMemory.ShouldBe(lift.ParamsInMemory, function.Name);
            abi.ResultInMemory.ShouldBe(lift.ResultsInMemory, function.Name);
            comparedFunctions++;
        }

        return (comparedTypes, comparedFunctions);
    }

    private static string[] Flat(FlatType[] flat) => flat.Select(t => t.ToString()).ToArray();
}
