using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>The parser never throws and never reports an internal error, whatever the input.</summary>
public sealed class ParserRobustnessTests
{
    private static void ShouldParseCleanly(string text)
    {
        var result = WitParser.Parse(new SourceFile("fuzz.wit", text));

        result.Diagnostics.ShouldNotContain(d => d.Id == "WIT0900", string.Join("\n", result.Diagnostics));
        result.Diagnostics.Count.ShouldBeLessThanOrEqualTo(1);
        foreach (var diagnostic in result.Diagnostics)
        {
            diagnostic.Location.ShouldNotBeNull();
            diagnostic.Location!.Value.Span.End.ShouldBeLessThanOrEqualTo(text.Length);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("%")]
    [InlineData("/")]
    [InlineData("/*")]
    [InlineData("-")]
    [InlineData("\r")]
    [InlineData("@")]
    [InlineData("package")]
    [InlineData("package a:b@")]
    [InlineData("package a:b@1.0.0-")]
    [InlineData("package a:b@1.0.0+.")]
    [InlineData("interface i { type t = list<u8, 99999999999999999999999>; }")]
    [InlineData("world w { import a: }")]
    [InlineData("world w { import a:b }")]
    [InlineData("\ud800")]
    [InlineData("interface \ud83d\ude00 {}")]
    public void Odd_inputs_give_at_most_one_located_diagnostic(string text) => ShouldParseCleanly(text);

    [Fact]
    public void Pathological_nesting_does_not_overflow_the_stack()
    {
        ShouldParseCleanly(string.Concat(Enumerable.Repeat("tuple<", 100_000)));
        ShouldParseCleanly(string.Concat(Enumerable.Repeat("package a:b {", 100_000)));
        ShouldParseCleanly("interface i { type t = " + string.Concat(Enumerable.Repeat("/*", 100_000)));
        ShouldParseCleanly(string.Concat(Enumerable.Repeat("interface i { ", 10_000)));
    }

    [ConformanceFact]
    public void Every_prefix_and_mutation_of_the_corpus_parses_cleanly()
    {
        var random = new Random(20261124);
        var noise = new[] { "{", "}", "<", ">", "(", ")", ";", ":", ",", ".", "@", "%", "/", "/*", "*/", "\"", "-", "->", "_", "\n", "\r", "0", "func", "package", "use" };
        foreach (var row in SyntaxConformanceCases.ValidFiles().Where((_, index) => index % 5 == 0))
        {
            var text = SyntaxConformanceCases.Load((string)row[0]).Text;
            for (var i = 0; i < 5; i++)
            {
                ShouldParseCleanly(text.Substring(0, random.Next(text.Length + 1)));
                var at = random.Next(text.Length + 1);
                ShouldParseCleanly(text.Substring(0, at) + noise[random.Next(noise.Length)] + text.Substring(at));
                var cut = random.Next(text.Length + 1);
                ShouldParseCleanly(text.Remove(cut, Math.Min(random.Next(1, 20), text.Length - cut)));
            }
        }
    }
}
