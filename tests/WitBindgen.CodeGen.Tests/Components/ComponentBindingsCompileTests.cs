using WitBindgen.CodeGen.Tests.Infrastructure;
using WitBindgen.Wit;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.CodeGen.Tests.Components;

/// <summary>
/// Bindings generated from each prebuilt component alone (its WIT recovered from the binary, as
/// <c>witbindgen generate component.wasm</c> does) compile in both modes. The cases refused today are listed, with
/// the exact diagnostics, in <see cref="RefusedUntilResourcesAreSupported"/>.
/// </summary>
public sealed class ComponentBindingsCompileTests
{
    private static readonly string[] Wasi = { "descriptor", "directory-entry-stream", "error", "input-stream", "output-stream" };

    /// <summary>
    /// Expected for now, to be emptied when host and guest bindings support resources: these components' worlds
    /// use resources (mostly the <c>wasi:*</c> ones the WASI adapter imports), so generation refuses them with one
    /// WIT0303 (host) or WIT0330 (guest) error per resource named here. Once a case generates code, its test fails
    /// and asks for its removal from this list.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string[]> RefusedUntilResourcesAreSupported = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["flavorful"] = Wasi,
        ["lists"] = Wasi,
        ["many-arguments"] = Wasi,
        ["numbers"] = Wasi,
        ["records"] = Wasi,
        ["resources"] = Wasi.Concat(new[] { "kebab-case", "x", "y", "z" }).ToArray(),
        ["smoke"] = Wasi.Concat(new[] { "terminal-input", "terminal-output" }).ToArray(),
        ["strings"] = Wasi,
        ["variants"] = Wasi,
    };

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
        var input = new WitInput(EquatableArray.Create(new SourceFile(name + ".wit", decoded.WitText!)), EquatableArray<DependencyGroup>.Empty, EquatableArray<string>.Empty);
        var resolved = WitResolver.Resolve(input);
        resolved.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();

        var result = CSharpGenerator.Generate(resolved.Model!, new CodeGenOptions(decoded.WorldName, mode, null, false));

        if (RefusedUntilResourcesAreSupported.TryGetValue(component, out var resources))
        {
            result.Diagnostics.Select(d => d.Id + ": " + d.Message).OrderBy(m => m, StringComparer.Ordinal).ShouldBe(
                resources.Select(r => ExpectedRefusal(r, mode)).OrderBy(m => m, StringComparer.Ordinal),
                $"{component} [{mode}] is listed in RefusedUntilResourcesAreSupported; if it now generates code, remove it from that list");
            result.Files.ShouldBeEmpty();
            return;
        }

        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        result.Files.ShouldNotBeEmpty();
        RoslynCompiler.Errors(result.Files).ShouldBeEmpty();
    }

    [ConformanceFact]
    public void Every_listed_refusal_names_a_prebuilt_component()
    {
        var directory = TestPaths.ConformanceDir(Path.Combine("components", "wasm"))!;

        RefusedUntilResourcesAreSupported.Keys.ShouldAllBe(name => File.Exists(Path.Combine(directory, name + ".component.wasm")));
    }

    private static string ExpectedRefusal(string resource, BindingMode mode) => mode == BindingMode.Host
        ? $"WIT0303: resource `{resource}` is used by the world, but resources are not supported in host bindings yet. Bind a world without resources, or generate guest bindings"
        : $"WIT0330: resource `{resource}` is used by the world, but resources are not supported in guest bindings yet. Bind a world without resources";
}
