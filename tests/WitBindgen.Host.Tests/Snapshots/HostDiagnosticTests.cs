using WitBindgen.CodeGen;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Resolution;
using WitBindgen.Wit;

namespace WitBindgen.Host.Tests.Snapshots;

/// <summary>Features host bindings do not support yet give a diagnostic at the WIT item, and no code.</summary>
public sealed class HostDiagnosticTests
{
    [Theory]
    [InlineData("stream-bytes: func() -> stream<u8>;", "stream")]
    [InlineData("future-value: func() -> future<u32>;", "future")]
    [InlineData("ctx: func() -> error-context;", "error-context")]
    [InlineData("go: async func();", "async")]
    public void Unsupported_features_give_a_diagnostic_and_no_files(string item, string feature)
    {
        var text = $"package host-test:unsupported;\ninterface api {{\n  {item}\n}}\nworld w {{ export api; }}\n";
        var resolved = WitResolver.Resolve(new WitInput(new[] { new SourceFile("unsupported.wit", text) }, Array.Empty<DependencyGroup>(), Array.Empty<string>()));
        resolved.HasErrors.ShouldBeFalse(string.Join("\n", resolved.Diagnostics));

        var result = CSharpGenerator.Generate(resolved.Model!, new CodeGenOptions(null, BindingMode.Host, null, false));

        result.Files.ShouldBeEmpty();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.ToString().ShouldContain(feature);
        diagnostic.ToString().ShouldStartWith("unsupported.wit(3,");
    }
}
