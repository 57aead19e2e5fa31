using WitBindgen.Wit;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Testing;

/// <summary>The prebuilt components of the conformance material, and helpers to decode and resolve them.</summary>
internal static class ComponentSamples
{
    /// <summary>The directory of the prebuilt components, or null without the conformance material.</summary>
    public static string? Directory => TestPaths.ConformanceDir(Path.Combine("components", "wasm"));

    /// <summary>The source WIT of the component named <paramref name="name"/> (its <c>wit/&lt;name&gt;/</c> directory).</summary>
    public static string SourceWit(string name) => Path.Combine(TestPaths.ConformanceDir("components")!, "wit", name);

    /// <summary>Every component's name (the file name without <c>.component.wasm</c>), for theories.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        if (Directory is { } dir)
        {
            foreach (var file in System.IO.Directory.GetFiles(dir, "*.component.wasm").OrderBy(f => f, StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file).Replace(".component.wasm", string.Empty, StringComparison.Ordinal));
            }
        }
        else
        {
            data.Add("absent");
        }

        return data;
    }

    /// <summary>The path of the component named <paramref name="name"/>.</summary>
    public static string PathOf(string name) => Path.Combine(Directory!, name + ".component.wasm");

    /// <summary>Decodes the component, failing the test on any diagnostic.</summary>
    public static ComponentWitResult Decode(string name)
    {
        var result = ComponentWit.Decode(File.ReadAllBytes(PathOf(name)), name + ".component.wasm");
        result.Diagnostics.ShouldBeEmpty();
        result.Model.ShouldNotBeNull();
        return result;
    }

    /// <summary>Decodes the component and prints its model as WIT text, failing the test on any diagnostic.</summary>
    public static string DecodeText(string name) => Decode(name).WitText.ShouldNotBeNull();

    /// <summary>Resolves WIT text as a single root file, failing the test on errors.</summary>
    public static WitModel Resolve(string text, string path)
    {
        var input = new WitInput(EquatableArray.Create(new SourceFile(path, text)), EquatableArray<DependencyGroup>.Empty, EquatableArray<string>.Empty);
        var result = WitResolver.Resolve(input);
        result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        return result.Model.ShouldNotBeNull();
    }
}
