using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Printing;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Printing;

/// <summary>
/// Models the resolver would never produce (dangling ids, cycles, self references) must still lay out, flatten
/// and print without throwing. Real WASI models are corrupted with a fixed seed so failures reproduce.
/// </summary>
public sealed class HostileModelTests
{
    [ConformanceTheory]
    [InlineData("http", 1)]
    [InlineData("http", 2)]
    [InlineData("cli", 3)]
    [InlineData("sockets", 4)]
    public void Corrupted_models_lay_out_flatten_and_print_without_throwing(string package, int seed)
    {
        var model = Corrupt(Resolve(package), new Random(seed));

        var layouts = CanonicalAbi.ComputeLayouts(model.Types);
        model = model with { Layouts = layouts };
        var text = WitPrinter.Print(model);

        layouts.Count.ShouldBe(model.Types.Count);
        text.ShouldContain("package ");
        foreach (var function in model.Interfaces.SelectMany(i => i.Functions))
        {
            CanonicalAbi.FlattenFunction(model, function, AbiDirection.Lift).Results.Count.ShouldBeLessThanOrEqualTo(1);
            CanonicalAbi.FlattenFunction(model, function, AbiDirection.Lower).Results.Count.ShouldBeLessThanOrEqualTo(1);
        }

        for (var i = 0; i < model.Types.Count; i++)
        {
            CanonicalAbi.FieldOffsets(model, new TypeId(i));
            CanonicalAbi.VariantShapeOf(model, new TypeId(i));
        }
    }

    [Fact]
    public void Layouts_of_an_empty_arena_are_empty() =>
        CanonicalAbi.ComputeLayouts(default).IsEmpty.ShouldBeTrue();

    private static WitModel Corrupt(WitModel model, Random random)
    {
        var count = model.Types.Count;
        var types = model.Types.ToArray();
        for (var i = 0; i < types.Length; i++)
        {
            if (random.Next(4) != 0)
            {
                continue;
            }

            var target = WitType.Of(new TypeId(random.Next(-3, count + 3)));
            TypeDefKind kind = random.Next(6) switch
            {
                0 => new AliasKind(WitType.Of(new TypeId(i))),
                1 => new RecordKind(new[] { new Field("self", WitType.Of(new TypeId(i)), null), new Field("other", target, null) }),
                2 => new VariantKind(new[] { new Model.Case("a", target, null), new Model.Case("b", WitType.Of(new TypeId(i)), null) }),
                3 => new HandleKind(HandleOwnership.Borrow, new TypeId(random.Next(-3, count + 3))),
                4 => new FixedLengthListKind(target, (uint)random.Next()),
                _ => new AliasKind(target),
            };
            types[i] = types[i] with { Kind = kind };
        }

        return model with { Types = types };
    }

    private static WitModel Resolve(string package)
    {
        var (input, _) = WitInputLoader.Load(Path.Combine(TestPaths.ConformanceDir("wasi-wit")!, package), Array.Empty<string>());
        return WitResolver.Resolve(input!).Model.ShouldNotBeNull();
    }
}
