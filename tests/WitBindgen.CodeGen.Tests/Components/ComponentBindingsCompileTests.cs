using WitBindgen.CodeGen.Tests.Infrastructure;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.CodeGen.Tests.Components;

/// <summary>
/// Bindings generated from each prebuilt component alone (its WIT recovered from the binary, as
/// <c>witbindgen generate component.wasm</c> does) compile in both modes. Their worlds import <c>wasi:*</c>
/// resources through the WASI adapter and several define resources of their own.
/// </summary>
public sealed class ComponentBindingsCompileTests
{
    public static TheoryData<string, BindingMode> Cases()
    {
        var data = new TheoryData<string, BindingMode>();
        var directory = TestPaths.ConformanceDir(Path.Combine("components", "wasm"));
        var names = directory is null
            ? new[] { "absent" }
            : Directory.GetFiles(directory, "*.component.wasm").Select(p => Path.GetFileName(p).Replace(".component.wasm", string.Empty, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        foreach (var name in names)
        {
            data.Add(name, BindingMode.Host);
            data.Add(name, BindingMode.Guest);
        }

        return data;
    }

    [ConformanceTheory]
    [MemberData(nameof(Cases))]
    public void Bindings_from_the_component_compile(string component, BindingMode mode)
    {
        var name = component + ".component.wasm";
        var decoded = ComponentWit.Decode(File.ReadAllBytes(Path.Combine(TestPaths.ConformanceDir(Path.Combine("components", "wasm"))!, name)), name);
        decoded.Diagnostics.ShouldBeEmpty();

        var result = CSharpGenerator.Generate(decoded.Model.ShouldNotBeNull(), new CodeGenOptions(decoded.WorldName, mode, null, false));

        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        result.Files.ShouldNotBeEmpty();
        RoslynCompiler.Errors(result.Files).ShouldBeEmpty();
    }
}
