using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitBindgen.Generator.Generation;
using WitBindgen.Generator.Tests.Infrastructure;

namespace WitBindgen.Generator.Tests.Driver;

public sealed class IncrementalTests
{
    private static readonly WitItemSpec CalcItem = new("/project/calc/", World: "calc");
    private static readonly WitItemSpec AppItem = new("/project/app/", World: "app");

    [Fact]
    public void A_second_run_over_the_same_input_reuses_every_step()
    {
        var project = TwoItems();
        var compilation = GeneratorRunner.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project).RunGenerators(compilation);

        var second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        AllReasons(second.TrackedSteps).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        AllReasons(second.TrackedOutputSteps).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_csharp_code_does_not_regenerate()
    {
        var project = TwoItems();
        var compilation = GeneratorRunner.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Other { }"));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Reasons(second, WitBindingsGenerator.Steps.Generated).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        AllReasons(second.TrackedOutputSteps).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void A_whitespace_and_line_ending_edit_leaves_the_generated_code_unchanged()
    {
        var project = TwoItems();
        var compilation = GeneratorRunner.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project).RunGenerators(compilation);
        var before = GeneratorRunner.Sources(driver.GetRunResult());
        var original = (InMemoryAdditionalText)project.Texts.First(t => t.Path == "/project/calc/calc.wit");
        var reformatted = new InMemoryAdditionalText(original.Path, "\n\n" + original.Text.Replace("\n", "\r\n").Replace("    ", "\t") + "\n\n");

        driver = driver.ReplaceAdditionalText(original, reformatted).RunGenerators(compilation);
        var second = driver.GetRunResult().Results.Single();

        Reasons(second, WitBindingsGenerator.Steps.Files).ShouldContain(IncrementalStepRunReason.Modified);
        Reasons(second, WitBindingsGenerator.Steps.Generated).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        AllReasons(second.TrackedOutputSteps).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        GeneratorRunner.Sources(driver.GetRunResult()).ShouldBe(before);
    }

    [Fact]
    public void Editing_one_item_regenerates_only_that_item()
    {
        var project = TwoItems();
        var compilation = GeneratorRunner.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project).RunGenerators(compilation);
        var original = (InMemoryAdditionalText)project.Texts.First(t => t.Path == "/project/calc/calc.wit");
        var edited = new InMemoryAdditionalText(original.Path, original.Text.Replace("record point { x: s32, y: s32 }", "record point { x: s32, y: s32, z: s32 }"));

        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
        var second = driver.GetRunResult().Results.Single();

        var generated = second.TrackedSteps[WitBindingsGenerator.Steps.Generated];
        generated.Length.ShouldBe(2);
        var byRoot = generated.ToDictionary(
            step => ((GroupOutput)step.Outputs.Single().Value).Root,
            step => step.Outputs.Single().Reason);
        byRoot["/project/calc/"].ShouldBe(IncrementalStepRunReason.Modified);
        byRoot["/project/app/"].ShouldBe(IncrementalStepRunReason.Cached);
        GeneratorRunner.Sources(driver.GetRunResult())["Example.Calc.Ops.Types.g.cs"].ShouldContain("int Z");
    }

    [Fact]
    public void Adding_an_item_that_sorts_after_the_others_leaves_them_cached()
    {
        // Items are ordered by root and the compiler matches them to the previous run by position, so an item
        // added at the end leaves the earlier ones in place and cached.
        var project = TwoItems();
        var compilation = GeneratorRunner.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project).RunGenerators(compilation);
        var extended = TwoItems().Add(new WitItemSpec("/project/zoo/", World: "calc", Namespace: "Zoo"), "calc.wit", WitSamples.Calc);
        var added = extended.Texts.Where(t => t.Path.StartsWith("/project/zoo/", StringComparison.Ordinal)).ToArray();

        driver = driver.AddAdditionalTexts([.. added]).WithUpdatedAnalyzerConfigOptions(extended.CreateOptions()).RunGenerators(compilation);
        var second = driver.GetRunResult().Results.Single();

        GeneratorRunner.Sources(driver.GetRunResult()).Count.ShouldBe(4);
        var reasons = second.TrackedSteps[WitBindingsGenerator.Steps.Generated].ToDictionary(
            step => ((GroupOutput)step.Outputs.Single().Value).Root,
            step => step.Outputs.Single().Reason);
        reasons["/project/app/"].ShouldBe(IncrementalStepRunReason.Cached);
        reasons["/project/calc/"].ShouldBe(IncrementalStepRunReason.Cached);
        reasons["/project/zoo/"].ShouldBe(IncrementalStepRunReason.New);
    }

    private static TestProject TwoItems() =>
        new TestProject()
            .Add(CalcItem, "calc.wit", WitSamples.Calc)
            .Add(AppItem, "app.wit", WitSamples.UsesNumbers)
            .Add(AppItem, "deps/numbers.wit", WitSamples.Numbers);

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IEnumerable<IncrementalStepRunReason> AllReasons(IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> steps) =>
        steps.Values.SelectMany(s => s).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList() is { Count: > 0 } reasons
            ? reasons
            : throw new InvalidOperationException("no tracked step ran");
}
