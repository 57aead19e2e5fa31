using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitBindgen.Generator.Generation;
using WitBindgen.Generator.Tests.Infrastructure;

namespace WitBindgen.Generator.Tests.Driver;

/// <summary>
/// A project reuses the types a referenced assembly generated for a WIT interface instead of declaring its own
/// copy (wasmtime's <c>bindgen!</c> <c>with</c>): the library marks its interfaces with
/// <c>[assembly: WitInterface(…)]</c> and the consumer's generator refers to those types.
/// </summary>
public sealed class ReuseTests
{
    private const string NumbersWorld = WitSamples.Numbers + """

        world numbers {
            import types;
        }
        """;

    [Fact]
    public void A_library_marks_the_interfaces_whose_types_it_declares()
    {
        var (library, sources) = BuildLibrary(internalTypes: false);

        sources[SourceEmitter.InterfacesHintName].ShouldContain("[assembly: global::WitBindgen.WitInterface(\"example:numbers/types\", \"Example.Numbers.Types\")]");
        var attribute = library.Assembly.GetAttributes().Single(a => a.AttributeClass?.Name == "WitInterfaceAttribute");
        attribute.ConstructorArguments.Select(a => a.Value).ShouldBe(["example:numbers/types", "Example.Numbers.Types"]);
    }

    [Fact]
    public void Internal_bindings_mark_nothing_since_no_other_assembly_can_use_them()
    {
        var (_, sources) = BuildLibrary(internalTypes: true);

        sources.ShouldNotContainKey(SourceEmitter.InterfacesHintName);
        sources.ShouldContainKey("Example.Numbers.Types.Types.g.cs");
    }

    [Fact]
    public void A_consumer_reuses_the_referenced_types_and_declares_only_its_own()
    {
        var (library, _) = BuildLibrary(internalTypes: false);
        var consumer = new TestProject()
            .Add(new WitItemSpec("/app/", World: "app", Namespace: "Consumer.Bindings"), "app.wit", WitSamples.UsesNumbers)
            .Add(new WitItemSpec("/app/", World: "app", Namespace: "Consumer.Bindings"), "deps/numbers.wit", WitSamples.Numbers);
        var compilation = GeneratorRunner.CreateCompilation()
            .AddReferences(library.ToMetadataReference())
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("""
                namespace Consumer;
                internal static class Uses
                {
                    // Compiles only if the consumer's record holds the library's Number, not a copy of its own.
                    public static Bindings.Api.Reading Make() => new(new global::Example.Numbers.Types.Number(1.5, "m"));
                }
                """, new CSharpParseOptions(LanguageVersion.Latest)));

        var (_, result, output) = GeneratorRunner.Run(consumer, compilation);

        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        hints.ShouldContain("Consumer.Bindings.Api.Types.g.cs");
        hints.ShouldNotContain(h => h.Contains("Consumer.Bindings.Types", StringComparison.Ordinal));
        result.Diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        var api = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Consumer.Bindings.Api.Types.g.cs").SourceText.ToString();
        api.ShouldContain("global::Example.Numbers.Types.Number");
        // The consumer marks only what it declared itself.
        var marks = result.Results.Single().GeneratedSources.Single(s => s.HintName == SourceEmitter.InterfacesHintName).SourceText.ToString();
        marks.ShouldContain("\"example:app/api\"");
        marks.ShouldNotContain("example:numbers/types");
    }

    [Theory]
    [InlineData("Guest")]
    [InlineData("Host")]
    public void A_reused_interface_keeps_its_functions_in_the_consumer_namespace(string mode)
    {
        // The library binds the same world, functions included; the consumer reuses the types of both interfaces
        // and generates the code of its own world in its own namespace.
        var library = new TestProject()
            .Add(new WitItemSpec("/lib/", World: "app"), "app.wit", WitSamples.UsesNumbers)
            .Add(new WitItemSpec("/lib/", World: "app"), "deps/numbers.wit", WitSamples.Numbers);
        var (_, libraryResult, libraryOutput) = GeneratorRunner.Run(library, GeneratorRunner.CreateCompilation().WithAssemblyName("Library"));
        libraryResult.Diagnostics.ShouldBeEmpty();
        var item = new WitItemSpec("/app/", World: "app", Mode: mode, Namespace: "Consumer.Bindings");
        var consumer = new TestProject()
            .Add(item, "app.wit", WitSamples.UsesNumbers)
            .Add(item, "deps/numbers.wit", WitSamples.Numbers);
        var compilation = GeneratorRunner.CreateCompilation(referenceRuntime: mode == "Host").AddReferences(libraryOutput.ToMetadataReference());

        var (_, result, output) = GeneratorRunner.Run(consumer, compilation);

        result.Diagnostics.ShouldBeEmpty();
        var sources = result.Results.Single().GeneratedSources;
        sources.Select(s => s.HintName).ShouldNotContain(h => h.EndsWith(".Types.g.cs", StringComparison.Ordinal));
        var api = sources.Where(s => s.HintName.StartsWith("Consumer.Bindings.Api.", StringComparison.Ordinal)).ShouldHaveSingleItem();
        api.SourceText.ToString().ShouldContain("namespace Consumer.Bindings.Api;");
        api.SourceText.ToString().ShouldContain("global::Example.App.Api.Reading");
        if (mode == "Guest")
        {
            // Host code needs the real runtime to compile (the test's stand-in is empty); the build test covers it.
            output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        }
    }

    [Fact]
    public void A_project_that_turns_reuse_off_declares_the_types_itself()
    {
        var (library, _) = BuildLibrary(internalTypes: false);
        var consumer = new TestProject()
            .Add(new WitItemSpec("/app/", World: "app", Namespace: "Consumer.Bindings"), "app.wit", WitSamples.UsesNumbers)
            .Add(new WitItemSpec("/app/", World: "app", Namespace: "Consumer.Bindings"), "deps/numbers.wit", WitSamples.Numbers);
        consumer.Properties["WitBindgenReuseTypes"] = "False";

        var (_, result, output) = GeneratorRunner.Run(consumer, GeneratorRunner.CreateCompilation().AddReferences(library.ToMetadataReference()));

        result.Results.Single().GeneratedSources.Select(s => s.HintName).ShouldContain("Consumer.Bindings.Types.Types.g.cs");
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void Without_the_reference_the_consumer_declares_the_types_itself()
    {
        var consumer = new TestProject()
            .Add(new WitItemSpec("/app/", World: "app", Namespace: "Consumer.Bindings"), "app.wit", WitSamples.UsesNumbers)
            .Add(new WitItemSpec("/app/", World: "app", Namespace: "Consumer.Bindings"), "deps/numbers.wit", WitSamples.Numbers);

        var (_, result, output) = GeneratorRunner.Run(consumer);

        result.Results.Single().GeneratedSources.Select(s => s.HintName).ShouldContain("Consumer.Bindings.Types.Types.g.cs");
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void Editing_csharp_code_does_not_regenerate_a_consumer()
    {
        var (library, _) = BuildLibrary(internalTypes: false);
        var consumer = new TestProject()
            .Add(new WitItemSpec("/app/", World: "app"), "app.wit", WitSamples.UsesNumbers)
            .Add(new WitItemSpec("/app/", World: "app"), "deps/numbers.wit", WitSamples.Numbers);
        var compilation = GeneratorRunner.CreateCompilation().AddReferences(library.ToMetadataReference());
        var driver = GeneratorRunner.CreateDriver(consumer).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Other { }"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        second.TrackedSteps[WitBindingsGenerator.Steps.Reused].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Unchanged);
        second.TrackedSteps[WitBindingsGenerator.Steps.Generated].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    /// <summary>Generates and compiles a library with the types of <c>example:numbers/types</c>.</summary>
    private static (CSharpCompilation Library, IReadOnlyDictionary<string, string> Sources) BuildLibrary(bool internalTypes)
    {
        var project = new TestProject().Add(
            new WitItemSpec("/lib/", World: "numbers", Visibility: internalTypes ? "internal" : null), "numbers.wit", NumbersWorld);
        var compilation = GeneratorRunner.CreateCompilation().WithAssemblyName("Library");
        var (_, result, output) = GeneratorRunner.Run(project, compilation);
        result.Diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var sources = result.Results.Single().GeneratedSources.ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());
        return ((CSharpCompilation)output, sources);
    }
}
