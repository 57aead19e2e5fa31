using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitBindgen.Generator.Generation;
using WitBindgen.Generator.Tests.Infrastructure;

namespace WitBindgen.Generator.Tests.Driver;

/// <summary>Finding the class that implements each export of a guest world, and generating its registration.</summary>
public sealed class ExportImplementationTests
{
    internal static readonly WitItemSpec Item = new("/project/wit/", World: "calculator-component", Mode: "Guest");

    /// <summary>A world exporting an interface and a function of its own.</summary>
    internal const string Wit = """
        package example:guest@0.1.0;

        interface calculator {
            add: func(a: s32, b: s32) -> s32;
        }

        world calculator-component {
            export calculator;
            export version: func() -> string;
        }
        """;

    private const string CalculatorHint = "Example.Guest.Calculator.CalculatorExports.Implementation.g.cs";
    private const string WorldHint = "Example.Guest.CalculatorComponentWorld.CalculatorComponentWorldExports.Implementation.g.cs";

    private const string WorldImplementation = """
        namespace App;
        internal sealed class Component : Example.Guest.CalculatorComponentWorld.ICalculatorComponentWorld
        {
            public string Version() => "1.0";
        }
        """;

    private const string Calculator = """
        using Example.Guest.Calculator;
        namespace App;
        internal sealed class Calculator : ICalculator
        {
            public int Add(int a, int b) => a + b + 1000;
        }
        """;

    [Fact]
    public void One_implementer_is_registered_and_the_exports_call_it()
    {
        var run = Run(Calculator, WorldImplementation);

        Errors(run).ShouldBeEmpty();
        Hints(run).ShouldContain(CalculatorHint);
        Hints(run).ShouldContain(WorldHint);
        Source(run, CalculatorHint).ShouldContain("implementation = new global::App.Calculator();");

        var assembly = Load(run.Output);
        var exports = assembly.GetType("Example.Guest.Calculator.CalculatorExports", throwOnError: true)!;
        var implementation = exports.GetProperty("Implementation")!.GetValue(null)!;
        implementation.GetType().FullName.ShouldBe("App.Calculator");
        implementation.GetType().GetMethod("Add")!.Invoke(implementation, [1, 2]).ShouldBe(1003);
        var world = assembly.GetType("Example.Guest.CalculatorComponentWorld.CalculatorComponentWorldExports", throwOnError: true)!;
        world.GetProperty("Implementation")!.GetValue(null)!.GetType().FullName.ShouldBe("App.Component");
    }

    [Theory]
    [InlineData("namespace App; class C : global::Example.Guest.Calculator.ICalculator { public int Add(int a, int b) => 0; }")]
    [InlineData("namespace App; class C : Example.Guest.Calculator.ICalculator { public int Add(int a, int b) => 0; }")]
    [InlineData("namespace Example.Guest { class C : Calculator.ICalculator { public int Add(int a, int b) => 0; } }")]
    [InlineData("namespace Example.Guest.Calculator.Impl { class C : ICalculator { public int Add(int a, int b) => 0; } }")]
    [InlineData("using Calc = Example.Guest.Calculator.ICalculator; namespace App; class C : Calc { public int Add(int a, int b) => 0; }")]
    [InlineData("namespace App { using Example.Guest.Calculator; sealed record C : ICalculator { public int Add(int a, int b) => 0; } }")]
    [InlineData("using Example.Guest.Calculator; namespace App; struct C : ICalculator { public int Add(int a, int b) => 0; }")]
    [InlineData("using Example.Guest.Calculator; namespace App; record C(int X = 1) : ICalculator { public int Add(int a, int b) => 0; }")]
    [InlineData("using Example.Guest.Calculator; namespace App; class C() : ICalculator { public int Add(int a, int b) => 0; }")]
    [InlineData("using Example.Guest.Calculator; namespace App; public static class Outer { internal sealed class C : ICalculator { public int Add(int a, int b) => 0; } }")]
    public void The_interface_is_found_in_every_way_a_base_list_can_name_it(string code)
    {
        var run = Run(code, WorldImplementation);

        Errors(run).ShouldBeEmpty();
        Source(run, CalculatorHint).ShouldContain("implementation = new global::");
    }

    [Fact]
    public void A_global_using_brings_the_simple_name_into_scope()
    {
        var run = Run("global using Example.Guest.Calculator;", "namespace App; class C : ICalculator { public int Add(int a, int b) => 0; }", WorldImplementation);

        Errors(run).ShouldBeEmpty();
        Source(run, CalculatorHint).ShouldContain("new global::App.C()");
    }

    [Fact]
    public void A_simple_name_without_a_using_of_the_namespace_is_not_the_generated_interface()
    {
        var run = Run("namespace App; interface ICalculator { } class C : ICalculator { }", WorldImplementation);

        Hints(run).ShouldNotContain(CalculatorHint);
        Diagnostic(run, "WIT0930").GetMessage().ShouldContain("ICalculator");
    }

    [Fact]
    public void No_implementer_is_a_warning_at_the_world()
    {
        var run = Run(WorldImplementation);

        var warning = Diagnostic(run, "WIT0930");
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.GetMessage().ShouldContain("example:guest/calculator@0.1.0");
        warning.GetMessage().ShouldContain("CalculatorExports.Implementation");
        warning.Location.GetLineSpan().Path.ShouldBe("/project/wit/calc.wit");
        warning.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(6);
        Hints(run).ShouldNotContain(CalculatorHint);
        Hints(run).ShouldContain(WorldHint);
    }

    [Fact]
    public void Assigning_the_implementation_at_startup_silences_the_missing_implementer()
    {
        var startup = """
            namespace App;
            static class Startup
            {
                static void Init() => Example.Guest.Calculator.CalculatorExports.Implementation = null!;
            }
            """;

        var run = Run(startup, WorldImplementation);

        run.Result.Diagnostics.ShouldBeEmpty();
        Hints(run).ShouldNotContain(CalculatorHint);
    }

    [Fact]
    public void Assigning_the_implementation_at_startup_settles_two_implementers()
    {
        var startup = "namespace App;\nstatic class Startup { static void Init() => Example.Guest.Calculator.CalculatorExports.Implementation = new Calculator(); }";

        var run = Run(Calculator, "namespace App; class Other : Example.Guest.Calculator.ICalculator { public int Add(int a, int b) => 0; }", startup, WorldImplementation);

        Errors(run).ShouldBeEmpty();
        Hints(run).ShouldNotContain(CalculatorHint);
    }

    [Fact]
    public void Two_implementers_are_an_error_at_each_naming_both()
    {
        var run = Run(Calculator, "using Example.Guest.Calculator;\nnamespace App;\n\nclass Other : ICalculator { public int Add(int a, int b) => 0; }", WorldImplementation);

        var errors = run.Result.Diagnostics.Where(d => d.Id == "WIT0931").ToList();
        errors.Count.ShouldBe(2);
        errors.ShouldAllBe(e => e.Severity == DiagnosticSeverity.Error && e.GetMessage().Contains("App.Calculator, App.Other"));
        errors.Select(e => e.Location.GetLineSpan().Path).ShouldBe(["/src/File0.cs", "/src/File1.cs"], ignoreOrder: true);
        var other = errors.Single(e => e.Location.GetLineSpan().Path == "/src/File1.cs").Location.GetLineSpan();
        (other.StartLinePosition.Line, other.StartLinePosition.Character).ShouldBe((3, 6));
        Hints(run).ShouldNotContain(CalculatorHint);
    }

    [Fact]
    public void The_attribute_picks_one_of_several_implementers()
    {
        var run = Run(
            Calculator,
            "using Example.Guest.Calculator;\nnamespace App;\nclass Other : ICalculator { public int Add(int a, int b) => 0; }",
            "[assembly: WitBindgen.WitExportImplementation(\"example:guest/calculator\", typeof(App.Other))]",
            WorldImplementation);

        Errors(run).ShouldBeEmpty();
        run.Result.Diagnostics.ShouldBeEmpty();
        Source(run, CalculatorHint).ShouldContain("new global::App.Other()");
    }

    [Fact]
    public void The_attribute_accepts_the_versioned_name_and_a_type_named_through_a_using()
    {
        var run = Run(
            Calculator,
            "using App;\n[assembly: WitExportImplementation(\"example:guest/calculator@0.1.0\", typeof(Calculator))]\n[assembly: WitBindgen.WitExportImplementationAttribute(\"calculator-component\", typeof(Component))]",
            "global using WitBindgen;",
            WorldImplementation);

        run.Result.Diagnostics.ShouldBeEmpty();
        Source(run, CalculatorHint).ShouldContain("new global::App.Calculator()");
        Source(run, WorldHint).ShouldContain("new global::App.Component()");
    }

    [Fact]
    public void The_attribute_naming_an_unknown_export_or_a_non_implementer_is_an_error()
    {
        var run = Run(
            Calculator,
            "[assembly: WitBindgen.WitExportImplementation(\"example:guest/nope\", typeof(Unrelated))]\n[assembly: WitBindgen.WitExportImplementation(\"calculator-component\", typeof(Unrelated))]\nclass Unrelated { }",
            WorldImplementation);

        Diagnostic(run, "WIT0933").GetMessage().ShouldContain("'example:guest/nope'");
        var notImplementing = Diagnostic(run, "WIT0934");
        notImplementing.GetMessage().ShouldContain("'Unrelated'");
        notImplementing.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(1);
        Hints(run).ShouldNotContain(WorldHint);
    }

    [Fact]
    public void Two_attributes_for_one_export_are_an_error_at_each()
    {
        var run = Run(
            Calculator,
            "[assembly: WitBindgen.WitExportImplementation(\"example:guest/calculator\", typeof(App.Calculator))]\n[assembly: WitBindgen.WitExportImplementation(\"example:guest/calculator@0.1.0\", typeof(App.Other))]",
            WorldImplementation);

        var errors = run.Result.Diagnostics.Where(d => d.Id == "WIT0931").ToList();
        errors.Select(e => e.Location.GetLineSpan().StartLinePosition.Line).ShouldBe([0, 1], ignoreOrder: true);
        errors.ShouldAllBe(e => e.GetMessage().Contains("App.Calculator, App.Other"));
        Hints(run).ShouldNotContain(CalculatorHint);
    }

    [Fact]
    public void A_user_written_partial_is_left_alone()
    {
        var partial = """
            namespace Example.Guest.Calculator;
            public static partial class CalculatorExports
            {
                static partial void CreateImplementation(ref ICalculator? implementation) => implementation = new App.Calculator();
            }
            """;

        // Even with two implementers: the project chose itself.
        var run = Run(Calculator, partial, "namespace App; class Other : Example.Guest.Calculator.ICalculator { public int Add(int a, int b) => 0; }", WorldImplementation);

        run.Result.Diagnostics.ShouldBeEmpty();
        Errors(run).ShouldBeEmpty();
        Hints(run).ShouldNotContain(CalculatorHint);
    }

    [Fact]
    public void Abstract_classes_are_ignored()
    {
        var run = Run(
            Calculator,
            "using Example.Guest.Calculator;\nnamespace App;\nabstract class Base : ICalculator { public abstract int Add(int a, int b); }",
            WorldImplementation);

        Errors(run).ShouldBeEmpty();
        Source(run, CalculatorHint).ShouldContain("new global::App.Calculator()");
    }

    [Theory]
    [InlineData("class C : ICalculator { public C(int x) { } public int Add(int a, int b) => 0; }", "no internal or public constructor without parameters")]
    [InlineData("class C : ICalculator { private C() { } public int Add(int a, int b) => 0; }", "no internal or public constructor without parameters")]
    [InlineData("record C(int X) : ICalculator { public int Add(int a, int b) => 0; }", "no internal or public constructor without parameters")]
    [InlineData("class C<T> : ICalculator { public int Add(int a, int b) => 0; }", "it is generic")]
    [InlineData("class Outer { private class C : ICalculator { public int Add(int a, int b) => 0; } }", "not accessible")]
    [InlineData("class Outer { class C : ICalculator { public int Add(int a, int b) => 0; } }", "not accessible")]
    [InlineData("file sealed class C : ICalculator { public int Add(int a, int b) => 0; }", "file-local")]
    public void An_implementer_the_bindings_cannot_create_is_an_error_at_the_class(string code, string reason)
    {
        var run = Run("using Example.Guest.Calculator;\nnamespace App;\n" + code, WorldImplementation);

        var error = Diagnostic(run, "WIT0932");
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.GetMessage().ShouldContain(reason);
        error.Location.GetLineSpan().Path.ShouldBe("/src/File0.cs");
        Hints(run).ShouldNotContain(CalculatorHint);
    }

    [Fact]
    public void A_constructor_in_another_part_or_with_optional_parameters_counts()
    {
        var run = Run(
            "using Example.Guest.Calculator;\nnamespace App;\npartial class C : ICalculator { public C(int x) { } public int Add(int a, int b) => 0; }",
            "namespace App;\npartial class C { internal C(string s = \"\") { } }",
            WorldImplementation);

        Errors(run).ShouldBeEmpty();
        Source(run, CalculatorHint).ShouldContain("new global::App.C()");
    }

    [Fact]
    public void Host_mode_looks_for_no_implementation()
    {
        var project = new TestProject().Add(Item with { Mode = "Host" }, "calc.wit", Wit);
        var compilation = GeneratorRunner.CreateCompilation(referenceRuntime: true);

        var run = GeneratorRunner.Run(project, compilation);

        run.Result.Diagnostics.ShouldBeEmpty();
        run.Result.Results.Single().GeneratedSources.ShouldNotContain(s => s.HintName.EndsWith(".Implementation.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_unrelated_csharp_reruns_neither_the_wit_generation_nor_the_registration()
    {
        var (driver, compilation) = Start(Calculator, WorldImplementation);
        var other = CSharpSyntaxTree.ParseText("namespace App; class Unrelated : System.IDisposable { public void Dispose() { } }", path: "/src/Unrelated.cs");
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(other));
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; class Unrelated : System.IDisposable { public void Dispose() { System.Console.WriteLine(); } }", path: "/src/Unrelated.cs"));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Reasons(second, WitBindingsGenerator.Steps.Generated).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(second, ExportImplementations.Steps.Exports).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(second, ExportImplementations.Steps.Types).ShouldContain(IncrementalStepRunReason.Unchanged);
        Reasons(second, ExportImplementations.Steps.Code).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        Reasons(second, ExportImplementations.Steps.Discovery).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason)
            .ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Adding_and_removing_an_implementer_changes_only_the_registration()
    {
        var (driver, compilation) = Start(WorldImplementation);
        driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ShouldNotContain(CalculatorHint);
        var implementer = CSharpSyntaxTree.ParseText(Calculator, path: "/src/Calculator.cs");
        var withImplementer = compilation.AddSyntaxTrees(implementer);

        driver = driver.RunGenerators(withImplementer);
        var added = driver.GetRunResult().Results.Single();

        Reasons(added, WitBindingsGenerator.Steps.Generated).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(added, ExportImplementations.Steps.Exports).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(added, ExportImplementations.Steps.Discovery).ShouldAllBe(r => r == IncrementalStepRunReason.Modified);
        added.GeneratedSources.Select(s => s.HintName).ShouldContain(CalculatorHint);
        added.Diagnostics.ShouldBeEmpty();

        driver = driver.RunGenerators(withImplementer.RemoveSyntaxTrees(implementer));
        var removed = driver.GetRunResult().Results.Single();

        Reasons(removed, WitBindingsGenerator.Steps.Generated).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(removed, ExportImplementations.Steps.Discovery).ShouldAllBe(r => r == IncrementalStepRunReason.Modified);
        removed.GeneratedSources.Select(s => s.HintName).ShouldNotContain(CalculatorHint);
        removed.Diagnostics.Single().Id.ShouldBe("WIT0930");
    }

    private static (GeneratorDriver Driver, Compilation Compilation) Start(params string[] code)
    {
        var project = new TestProject().Add(Item, "calc.wit", Wit);
        var compilation = Compilation(code);
        return (GeneratorRunner.CreateDriver(project).RunGenerators(compilation), compilation);
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(params string[] code)
    {
        var project = new TestProject().Add(Item, "calc.wit", Wit);
        var run = GeneratorRunner.Run(project, Compilation(code));
        return (run.Result, run.Output);
    }

    private static CSharpCompilation Compilation(string[] code) =>
        GeneratorRunner.CreateCompilation().AddSyntaxTrees(
            code.Select((text, k) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path: $"/src/File{k}.cs")));

    private static List<string> Hints((GeneratorDriverRunResult Result, Compilation Output) run) =>
        run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();

    private static string Source((GeneratorDriverRunResult Result, Compilation Output) run, string hint) =>
        run.Result.Results.Single().GeneratedSources.Single(s => s.HintName == hint).SourceText.ToString();

    private static Microsoft.CodeAnalysis.Diagnostic Diagnostic((GeneratorDriverRunResult Result, Compilation Output) run, string id) =>
        run.Result.Diagnostics.Single(d => d.Id == id);

    /// <summary>The generator's errors and the compiled output's errors and warnings.</summary>
    private static List<string> Errors((GeneratorDriverRunResult Result, Compilation Output) run) =>
        run.Result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Concat(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.Contains(".g.cs", StringComparison.Ordinal) == true)))
            .Select(d => d.ToString())
            .ToList();

    private static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("exports", isCollectible: true);
        context.Resolving += (ctx, name) => name.Name == "WitBindgen.Types" ? ctx.LoadFromAssemblyPath(typeof(WitBindgen.Unit).Assembly.Location) : null;
        return context.LoadFromStream(stream);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason)
            : throw new InvalidOperationException($"step {step} did not run");
}
