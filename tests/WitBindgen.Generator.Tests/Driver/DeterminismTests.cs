using WitBindgen.Generator.Tests.Infrastructure;

namespace WitBindgen.Generator.Tests.Driver;

public sealed class DeterminismTests
{
    private static readonly WitItemSpec CalcItem = new("/project/calc/", World: "calc", Features: "b,a");
    private static readonly WitItemSpec AppItem = new("/project/app/", World: "app");
    private static readonly WitItemSpec BrokenItem = new("/project/broken/");

    [Fact]
    public void Fresh_runs_generate_byte_identical_sources()
    {
        var first = GeneratorRunner.Run(Project(reversed: false)).Result;
        var second = GeneratorRunner.Run(Project(reversed: false)).Result;

        Snapshot(first).Select(s => s.Split("\n")[0]).Where(n => n.EndsWith(".Types.g.cs", StringComparison.Ordinal))
            .ShouldBe(["Example.App.Api.Types.g.cs", "Example.Numbers.Types.Types.g.cs", "Example.Calc.Ops.Types.g.cs"]);
        first.Diagnostics.Length.ShouldBe(2);
        Snapshot(second).ShouldBe(Snapshot(first));
    }

    [Fact]
    public void The_order_of_the_additional_files_does_not_change_the_output()
    {
        var forward = GeneratorRunner.Run(Project(reversed: false)).Result;
        var backward = GeneratorRunner.Run(Project(reversed: true)).Result;

        Snapshot(backward).ShouldBe(Snapshot(forward));
        backward.Diagnostics.Select(d => d.ToString()).ShouldBe(forward.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_order_of_features_does_not_change_the_output()
    {
        var ab = GeneratorRunner.Run(new TestProject().Add(CalcItem with { Features = "a;b" }, "calc.wit", WitSamples.Calc)).Result;
        var ba = GeneratorRunner.Run(new TestProject().Add(CalcItem with { Features = " b , a,a" }, "calc.wit", WitSamples.Calc)).Result;

        Snapshot(ba).ShouldBe(Snapshot(ab));
    }

    private static TestProject Project(bool reversed)
    {
        var files = new (WitItemSpec Item, string Path, string Text)[]
        {
            (CalcItem, "calc.wit", WitSamples.Calc),
            (AppItem, "app.wit", WitSamples.UsesNumbers),
            (AppItem, "deps/numbers/types.wit", WitSamples.Numbers),
            (AppItem, "deps/numbers/more.wit", "package example:numbers;\n\ninterface more {\n    record ratio { n: s32, d: s32 }\n}\n"),
            (BrokenItem, "a.wit", "package a:b;\ninterface i { f: func(; }\n"),
            (BrokenItem, "b.wit", "package a:b;\ninterface j { g: func(; }\n"),
        };
        var project = new TestProject();
        foreach (var (item, path, text) in reversed ? files.Reverse() : files)
        {
            project.Add(item with { Mode = "Guest" }, path, text);
        }

        return project;
    }

    /// <summary>Hint names and exact texts, in the order the generator added them.</summary>
    private static string[] Snapshot(Microsoft.CodeAnalysis.GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();
}
