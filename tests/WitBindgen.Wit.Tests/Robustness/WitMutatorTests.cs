namespace WitBindgen.Wit.Tests.Robustness;

public sealed class WitMutatorTests
{
    private const string Sample = "package a:b;\n\ninterface i {\n  f: func(x: list<u8>) -> string;\n}\n";

    [Theory]
    [InlineData(MutationKind.FlipCharacters)]
    [InlineData(MutationKind.Truncate)]
    [InlineData(MutationKind.DropToken)]
    [InlineData(MutationKind.RepeatToken)]
    [InlineData(MutationKind.SwapLines)]
    public void The_same_seed_gives_the_same_mutation(MutationKind kind)
    {
        var first = Mutations(kind, seed: 7);
        var second = Mutations(kind, seed: 7);

        second.ShouldBe(first);
        first.ShouldContain(text => text != Sample);
    }

    [Fact]
    public void Truncation_keeps_a_prefix()
    {
        var random = new Random(1);
        for (var i = 0; i < 50; i++)
        {
            Sample.ShouldStartWith(WitMutator.Mutate(Sample, MutationKind.Truncate, random));
        }
    }

    [Fact]
    public void Dropping_a_token_shortens_and_repeating_one_lengthens_the_text()
    {
        var random = new Random(2);
        for (var i = 0; i < 50; i++)
        {
            WitMutator.Mutate(Sample, MutationKind.DropToken, random).Length.ShouldBeLessThan(Sample.Length);
            WitMutator.Mutate(Sample, MutationKind.RepeatToken, random).Length.ShouldBeGreaterThan(Sample.Length);
        }
    }

    [Fact]
    public void Swapping_lines_keeps_every_line()
    {
        var random = new Random(3);
        var lines = Sample.Split('\n').OrderBy(l => l, StringComparer.Ordinal);
        for (var i = 0; i < 50; i++)
        {
            WitMutator.Mutate(Sample, MutationKind.SwapLines, random).Split('\n').OrderBy(l => l, StringComparer.Ordinal).ShouldBe(lines);
        }
    }

    private static List<string> Mutations(MutationKind kind, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, 20).Select(_ => WitMutator.Mutate(Sample, kind, random)).ToList();
    }
}
