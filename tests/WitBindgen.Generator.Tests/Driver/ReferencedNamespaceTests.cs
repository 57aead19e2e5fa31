using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitBindgen.Generator.Generation;
using WitBindgen.Generator.Tests.Infrastructure;

namespace WitBindgen.Generator.Tests.Driver;

/// <summary>
/// A namespace derived from a WIT package must not add to the root namespace of a referenced assembly, where
/// its types could hide the assembly's (WIT0918); the item's <c>Namespace</c> metadata moves the bindings aside.
/// </summary>
public sealed class ReferencedNamespaceTests
{
    private const string Tasks = """
        package system:threading;

        interface tasks {
            record task { id: u32 }
            run: func(t: task);
        }

        world w {
            import tasks;
        }
        """;

    // Stops compiling when the project declares System.Threading.Tasks.Task itself (CS0436, then CS1983).
    private const string AsyncMain = """
        namespace Consumer;
        internal static class Entry
        {
            public static async System.Threading.Tasks.Task<int> RunAsync() { await System.Threading.Tasks.Task.Yield(); return 1; }
        }
        """;

    [Fact]
    public void Refuses_a_package_whose_namespace_starts_with_a_referenced_root_namespace()
    {
        var project = new TestProject().Add(new WitItemSpec("/project/wit/", World: "w"), "tasks.wit", Tasks);

        var (_, result, output) = GeneratorRunner.Run(project, WithCode(GeneratorRunner.CreateCompilation()));

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("WIT0918");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        message.ShouldContain("`System.Threading.Tasks`");
        message.ShouldContain("`system:threading/tasks`");
        message.ShouldContain("`System`");
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe("/project/wit/tasks.wit");
        (span.StartLinePosition.Line + 1).ShouldBe(3);
        result.Results.Single().GeneratedSources.ShouldBeEmpty();
        Errors(output).ShouldBeEmpty();
    }

    [Fact]
    public void Generates_the_package_under_the_item_namespace()
    {
        var project = new TestProject().Add(new WitItemSpec("/project/wit/", World: "w", Namespace: "Consumer.Bindings"), "tasks.wit", Tasks);

        var (_, result, output) = GeneratorRunner.Run(project, WithCode(GeneratorRunner.CreateCompilation()));

        result.Diagnostics.ShouldBeEmpty();
        GeneratorRunner.Sources(result).ShouldContainKey("Consumer.Bindings.Tasks.Types.g.cs");
        Errors(output).ShouldBeEmpty();
    }

    [Fact]
    public void Counts_the_root_namespaces_of_every_referenced_library()
    {
        var library = Library("Contoso.Core", "namespace Contoso.Core; public sealed class Widget { }");
        var project = new TestProject().Add(new WitItemSpec("/project/wit/", World: "w"), "w.wit", """
            package contoso:widgets;
            interface shapes { record widget { id: u32 } }
            world w { import shapes; }
            """);

        var (_, result, _) = GeneratorRunner.Run(project, GeneratorRunner.CreateCompilation().AddReferences(library));

        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("WIT0918");
    }

    [Fact]
    public void Leaves_out_libraries_built_against_WitBindgen_Types()
    {
        // Bindings of another project share their WIT-derived namespaces on purpose (reused types).
        var library = Library(
            "Example.Bindings",
            "namespace Example.Calc; public sealed class Shared { public static WitBindgen.Unit Unit => default; }",
            MetadataReference.CreateFromFile(typeof(WitBindgen.Unit).Assembly.Location));
        var project = new TestProject().Add(new WitItemSpec("/project/calc/", World: "calc"), "calc.wit", WitSamples.Calc);

        var (_, result, _) = GeneratorRunner.Run(project, GeneratorRunner.CreateCompilation().AddReferences(library));

        result.Diagnostics.ShouldBeEmpty();
        GeneratorRunner.Sources(result).ShouldNotBeEmpty();
    }

    [Fact]
    public void Reads_sorted_distinct_root_namespaces()
    {
        var roots = ReferencedNamespaces.From(GeneratorRunner.CreateCompilation(), CancellationToken.None);

        roots.ShouldContain("System");
        roots.ShouldContain("Microsoft");
        roots.ShouldNotContain("WitBindgen");
        roots.ShouldBe(roots.Distinct().OrderBy(r => r, StringComparer.Ordinal));
    }

    [Fact]
    public void Editing_csharp_code_leaves_the_namespaces_unchanged_and_the_bindings_cached()
    {
        var project = new TestProject().Add(new WitItemSpec("/project/calc/", World: "calc"), "calc.wit", WitSamples.Calc);
        var compilation = GeneratorRunner.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer.Extra; internal static class Other { }"));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Reasons(second, WitBindingsGenerator.Steps.Namespaces).ShouldBe([IncrementalStepRunReason.Unchanged]);
        Reasons(second, WitBindingsGenerator.Steps.Generated).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        second.TrackedOutputSteps.Values.SelectMany(s => s).SelectMany(s => s.Outputs).Select(o => o.Reason)
            .ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void A_reference_with_a_new_root_namespace_reruns_the_check()
    {
        var project = new TestProject().Add(new WitItemSpec("/project/calc/", World: "calc"), "calc.wit", WitSamples.Calc);
        var compilation = GeneratorRunner.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project).RunGenerators(compilation);

        var second = driver.RunGenerators(compilation.AddReferences(Library("Example.Core", "namespace Example; public sealed class Thing { }")))
            .GetRunResult();

        Reasons(second.Results.Single(), WitBindingsGenerator.Steps.Namespaces).ShouldBe([IncrementalStepRunReason.Modified]);
        second.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("WIT0918");
    }

    private static CSharpCompilation WithCode(CSharpCompilation compilation) =>
        compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(AsyncMain, new CSharpParseOptions(LanguageVersion.Latest)));

    private static MetadataReference Library(string name, string code, params MetadataReference[] extra) =>
        CSharpCompilation.Create(
                name,
                [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
                GeneratorRunner.CreateCompilation(referenceTypes: false).References.Concat(extra),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .ToMetadataReference();

    private static IEnumerable<string> Errors(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString());

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
}
