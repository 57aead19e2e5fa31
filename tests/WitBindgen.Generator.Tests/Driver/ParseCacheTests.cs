using WitBindgen.Generator.Generation;
using WitBindgen.Generator.Tests.Infrastructure;
using WitBindgen.Wit;

namespace WitBindgen.Generator.Tests.Driver;

/// <summary>An incremental run parses only the files whose text changed; the rest come from the cache.</summary>
public sealed class ParseCacheTests
{
    [Fact]
    public void The_same_text_at_the_same_path_is_parsed_once()
    {
        var text = new string(WitSamples.Calc.AsSpan());

        var first = ParseCache.Parse(new SourceFile("/p/calc.wit", text));
        var second = ParseCache.Parse(new SourceFile("/p/calc.wit", text));

        second.ShouldBeSameAs(first);
    }

    [Fact]
    public void A_new_text_or_another_path_is_parsed_again()
    {
        var text = new string(WitSamples.Calc.AsSpan());
        var first = ParseCache.Parse(new SourceFile("/p/calc.wit", text));

        ParseCache.Parse(new SourceFile("/p/other.wit", text)).ShouldNotBeSameAs(first);
        var edited = ParseCache.Parse(new SourceFile("/p/calc.wit", text.Replace("x: s32", "x: s64")));
        edited.ShouldNotBeSameAs(first);
    }

    [Fact]
    public void Parallel_parses_of_one_text_all_succeed_and_agree()
    {
        var text = new string(WitSamples.Calc.AsSpan());

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => ParseCache.Parse(new SourceFile("/p/calc.wit", text))).ToList();

        results.ShouldAllBe(r => !r.HasErrors);
        ParseCache.Parse(new SourceFile("/p/calc.wit", text)).ShouldBeOneOf([.. results]);
    }

    [Fact]
    public void A_cached_parse_resolves_and_generates_exactly_as_a_fresh_one()
    {
        var item = new WitItemSpec("/project/app/", World: "app");
        var project = new TestProject()
            .Add(item, "app.wit", WitSamples.UsesNumbers)
            .Add(item, "deps/numbers.wit", WitSamples.Numbers);
        var compilation = GeneratorRunner.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project).RunGenerators(compilation);
        var original = (InMemoryAdditionalText)project.Texts.First(t => t.Path == "/project/app/app.wit");
        var edited = new InMemoryAdditionalText(original.Path, original.Text.Replace("read: func() -> reading;", "read: func() -> reading;\n    write: func(r: reading);"));

        // deps/numbers.wit comes from the cache in this run, since its text did not change.
        var incremental = GeneratorRunner.Sources(driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult());
        var fresh = GeneratorRunner.Sources(GeneratorRunner.Run(new TestProject()
            .Add(item, "app.wit", edited.Text)
            .Add(item, "deps/numbers.wit", new string(WitSamples.Numbers.AsSpan()))).Result);

        incremental.ShouldBe(fresh);
    }
}
