using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitBindgen.Generator.Tests.Infrastructure;

namespace WitBindgen.Generator.Tests.Driver;

/// <summary>
/// The <c>ImplementWasi</c> item metadata, with which the runtime generates the bindings of the WASI it implements:
/// its <c>wasi:</c> imports become ordinary host imports, and the runtime's own compilation counts as having the runtime.
/// </summary>
public sealed class ImplementWasiTests
{
    private const string Wit = """
        package wasi:demo@0.2.0;

        interface things {
          resource thing {
            size: func() -> u64;
          }
        }

        world host {
          import things;
        }
        """;

    [Fact]
    public void An_item_implementing_wasi_gets_an_abstract_class_for_each_wasi_resource()
    {
        var text = Generate(new WitItemSpec("/project/wit/", Mode: "Host", ImplementWasi: "true"), GeneratorRunner.CreateCompilation(referenceRuntime: true));

        text.ShouldContain("abstract class Thing : global::System.IDisposable");
        text.ShouldContain("linker.DefineResource(\"wasi:demo/things@0.2.0\", \"thing\"");
    }

    [Fact]
    public void Without_the_metadata_wasi_resources_stay_wasmtimes()
    {
        var text = Generate(new WitItemSpec("/project/wit/", Mode: "Host"), GeneratorRunner.CreateCompilation(referenceRuntime: true));

        text.ShouldNotContain("abstract class Thing");
    }

    [Fact]
    public void The_runtime_itself_may_generate_host_bindings_without_referencing_itself()
    {
        var compilation = GeneratorRunner.CreateCompilation().WithAssemblyName("WitBindgen.Runtime");

        var text = Generate(new WitItemSpec("/project/wit/", Mode: "Host", ImplementWasi: "true"), compilation);

        text.ShouldContain("abstract class Thing");
    }

    private static string Generate(WitItemSpec item, CSharpCompilation compilation)
    {
        var (_, result, _) = GeneratorRunner.Run(new TestProject().Add(item, "demo.wit", Wit), compilation);
        result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        return string.Join("\n", result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
    }
}
