using WitBindgen.CodeGen;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Tests.Host;

/// <summary>
/// Host bindings leave <c>wasi:</c> imports to Wasmtime's WASI 0.2: an interface with resources is neither defined
/// nor overridable, one without is an optional override; resources of those interfaces are opaque
/// <c>ComponentResource</c> handles wherever the world's own functions use them.
/// </summary>
public sealed class WasiImportRuleTests
{
    [ConformanceFact]
    public void Cli_command_needs_no_host_implementation()
    {
        var text = Generate("cli", "wasi:cli/command@0.2.12");
        text.ShouldContain("public static void AddToLinker(global::WitBindgen.Runtime.ComponentLinker linker, ");
        AddToLinkerParameters(text).ShouldNotContain(p => !p.Contains("= null", StringComparison.Ordinal) && !p.Contains("ComponentLinker linker", StringComparison.Ordinal));

        // Interfaces with resources (streams, filesystem, terminals) are Wasmtime's only.
        text.ShouldNotContain("IStreams");
        text.ShouldNotContain("DefineResource");
        text.ShouldNotContain("linker.DefineFunction(\"wasi:io/streams@0.2.12\"");

        // Interfaces without them (random, environment) stay optional overrides.
        text.ShouldContain("global::Wasi.Random.Random.IRandom? random = null");
        text.ShouldContain("if (random is not null)");
    }

    [ConformanceFact]
    public void Http_proxy_exports_take_wasi_resources_as_opaque_handles()
    {
        var text = Generate("http", "wasi:http/proxy@0.2.12");
        text.ShouldContain("public void Handle(global::WitBindgen.Runtime.ComponentResource request, global::WitBindgen.Runtime.ComponentResource responseOut)");
        text.ShouldNotContain("abstract class");
    }

    [ConformanceFact]
    public void Implementing_wasi_makes_its_interfaces_ordinary_imports()
    {
        var text = Generate("cli", "wasi:cli/command@0.2.12", implementsWasi: true);

        // The resources become abstract classes to implement, defined in the linker like any host resource.
        text.ShouldContain("abstract class InputStream : global::System.IDisposable");
        text.ShouldContain("linker.DefineResource(\"wasi:io/streams@0.2.12\", \"input-stream\"");
        text.ShouldContain("linker.DefineFunction(\"wasi:io/streams@0.2.12\", \"[method]input-stream.read\"");
        text.ShouldNotContain("global::WitBindgen.Runtime.ComponentResource");

        // Every interface is a required implementation, not an optional override of Wasmtime's.
        text.ShouldContain("global::Wasi.Io.Streams.IStreams streams");
        AddToLinkerParameters(text).ShouldNotContain(p => p.Contains("= null", StringComparison.Ordinal));
    }

    private static string Generate(string package, string world, bool implementsWasi = false)
    {
        var (model, problems) = WitSource.Load(Path.Combine(TestPaths.ConformanceDir("wasi-wit")!, package));
        model.ShouldNotBeNull(problems);
        var result = CSharpGenerator.Generate(model, new CodeGenOptions(world, BindingMode.Host, null, false) { ImplementsWasi = implementsWasi });
        result.Diagnostics.ShouldBeEmpty();
        return string.Join("\n", result.Files.Select(f => f.Text));
    }

    private static IEnumerable<string> AddToLinkerParameters(string text)
    {
        var start = text.IndexOf("public static void AddToLinker(", StringComparison.Ordinal) + "public static void AddToLinker(".Length;
        var end = text.IndexOf(')', start);
        return text[start..end].Split(", ");
    }
}
