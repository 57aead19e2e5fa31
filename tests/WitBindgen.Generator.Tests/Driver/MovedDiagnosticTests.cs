using System.Collections;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitBindgen.Generator.Tests.Infrastructure;

namespace WitBindgen.Generator.Tests.Driver;

/// <summary>
/// An edit that only moves a diagnostic (a comment line above it) must not add any generated file again: the
/// compiler then keeps every generated syntax tree, and the IDE does not reanalyse the project's bindings.
/// </summary>
public sealed class MovedDiagnosticTests
{
    private static readonly WitItemSpec GuestItem = ExportImplementationTests.Item;

    /// <summary>
    /// A guest world whose <c>calculator</c> export the project leaves unimplemented (WIT0930, a warning at the world).
    /// </summary>
    private const string Guest = ExportImplementationTests.Wit;

    /// <summary>Implements the world's own export, so one registration file is generated beside the warning.</summary>
    private const string WorldImplementation = """
        namespace App;
        internal sealed class Component : Example.Guest.CalculatorComponentWorld.ICalculatorComponentWorld
        {
            public string Version() => "1.0";
        }
        """;

    [Fact]
    public void Moving_a_warning_reports_it_at_its_new_line_and_adds_no_source_again()
    {
        var project = new TestProject().Add(GuestItem, "calc.wit", Guest);
        var compilation = GeneratorRunner.CreateCompilation()
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(WorldImplementation, new CSharpParseOptions(LanguageVersion.Latest), path: "/src/Component.cs"));
        var driver = GeneratorRunner.CreateDriver(project).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single();
        var original = (InMemoryAdditionalText)project.Texts.Single();
        var moved = new InMemoryAdditionalText(original.Path, original.Text.Replace("\nworld ", "\n// The component.\n\nworld ", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(original, moved).RunGenerators(compilation);
        var after = driver.GetRunResult().Results.Single();

        Line(before, "WIT0930").ShouldBe(6);
        Line(after, "WIT0930").ShouldBe(8);
        Texts(after).ShouldBe(Texts(before));
        Texts(after).ShouldContain(s => s.StartsWith("Example.Guest.CalculatorComponentWorld.CalculatorComponentWorldExports.Implementation.g.cs", StringComparison.Ordinal));
        ShouldAddNoSourceAgain(after);
    }

    [Fact]
    public void Moving_an_error_of_one_item_adds_no_source_of_another_again()
    {
        var broken = new WitItemSpec("/project/broken/");
        var project = new TestProject()
            .Add(broken, "broken.wit", "package a:b;\ninterface i {\n  f: func(;\n}\n")
            .Add(new WitItemSpec("/project/calc/", World: "calc"), "calc.wit", WitSamples.Calc);
        var compilation = GeneratorRunner.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single();
        var original = (InMemoryAdditionalText)project.Texts.First();
        var moved = new InMemoryAdditionalText(original.Path, "// A comment.\n" + original.Text);

        driver = driver.ReplaceAdditionalText(original, moved).RunGenerators(compilation);
        var after = driver.GetRunResult().Results.Single();

        var error = before.Diagnostics.ShouldHaveSingleItem();
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        Line(after, error.Id).ShouldBe(Line(before, error.Id) + 1);
        Texts(after).ShouldBe(Texts(before));
        Texts(after).ShouldNotBeEmpty();
        ShouldAddNoSourceAgain(after);
    }

    /// <summary>
    /// Each output step's value is the pair of what it added and what it reported; a step whose input did not
    /// change is <c>Cached</c> and its sources stay as they were. Every step that adds a source must be cached,
    /// and some step must have run again to report the diagnostic where it now is.
    /// </summary>
    private static void ShouldAddNoSourceAgain(GeneratorRunResult result)
    {
        var outputs = result.TrackedOutputSteps.Values.SelectMany(s => s).SelectMany(s => s.Outputs)
            .Select(o => o.Value is ITuple { Length: 2 } produced
                ? (Sources: Count(produced[0]), Diagnostics: Count(produced[1]), o.Reason)
                : throw new InvalidOperationException($"an output step produced {o.Value?.GetType().FullName}, not (sources, diagnostics)"))
            .ToList();

        outputs.ShouldContain(o => o.Sources > 0);
        outputs.Where(o => o.Sources > 0).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
        outputs.ShouldContain(o => o.Diagnostics > 0 && o.Reason != IncrementalStepRunReason.Cached && o.Reason != IncrementalStepRunReason.Unchanged);
    }

    private static int Count(object? items) =>
        items is IEnumerable enumerable ? enumerable.Cast<object>().Count() : throw new InvalidOperationException($"{items?.GetType().FullName} is not a list");

    /// <summary>The 0-based line the diagnostic <paramref name="id"/> is reported at.</summary>
    private static int Line(GeneratorRunResult result, string id) =>
        result.Diagnostics.Single(d => d.Id == id).Location.GetLineSpan().StartLinePosition.Line;

    /// <summary>Every generated file's hint name and text, in the order added.</summary>
    private static string[] Texts(GeneratorRunResult result) =>
        result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();
}
