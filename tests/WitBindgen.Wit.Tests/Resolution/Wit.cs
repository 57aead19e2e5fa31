using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Resolution;

/// <summary>Builds resolver inputs from inline WIT and reads the resolved model by name.</summary>
internal static class Wit
{
    /// <summary>Resolves root files (path, text) with optional dependency groups and features.</summary>
    public static ResolveResult Resolve(
        IEnumerable<(string Path, string Text)> root,
        IEnumerable<(string Name, (string Path, string Text)[] Files)>? deps = null,
        params string[] features)
    {
        var input = new WitInput(
            root.Select(f => new SourceFile(f.Path, f.Text)).ToEquatableArray(),
            (deps ?? Array.Empty<(string, (string, string)[])>())
                .Select(d => new DependencyGroup(d.Name, d.Files.Select(f => new SourceFile(f.Path, f.Text)).ToEquatableArray()))
                .ToEquatableArray(),
            features.ToEquatableArray());
        return WitResolver.Resolve(input);
    }

    /// <summary>Resolves one file, expecting success.</summary>
    public static WitModel Model(string text, params string[] features) => Ok(Resolve(new[] { ("test.wit", text) }, null, features));

    /// <summary>The model of a successful result; fails the test with the diagnostics otherwise.</summary>
    public static WitModel Ok(ResolveResult result)
    {
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        return result.Model.ShouldNotBeNull();
    }

    /// <summary>Resolves one file, expecting exactly one error, and returns it.</summary>
    public static Diagnostic Error(string text, params string[] features) => SingleError(Resolve(new[] { ("test.wit", text) }, null, features));

    /// <summary>The single error of a failed result.</summary>
    public static Diagnostic SingleError(ResolveResult result)
    {
        result.Model.ShouldBeNull();
        return result.Diagnostics.ShouldHaveSingleItem();
    }

    /// <summary>Asserts where a diagnostic points.</summary>
    public static void ShouldBeAt(this Diagnostic diagnostic, string path, int line, int column)
    {
        var location = diagnostic.Location.ShouldNotBeNull(diagnostic.ToString());
        (location.Path, location.Line, location.Column).ShouldBe((path, line, column), diagnostic.ToString());
    }

    public static Package Package(this WitModel model, string name) =>
        model.Packages.Single(p => p.Name.ToString() == name);

    public static World World(this WitModel model, string name) =>
        model.Worlds.Single(w => w.Name == name);

    public static Interface Interface(this WitModel model, string package, string name) =>
        model[model.Package(package).Interfaces.Single(i => i.Name == name).Id];

    public static TypeDef Type(this WitModel model, Interface iface, string name) =>
        model[iface.Types.Single(t => t.Name == name).Id];

    /// <summary>A world's imports or exports as readable keys: plain names, or qualified interface names.</summary>
    public static List<string> Keys(this WitModel model, EquatableArray<WorldEntry> entries) =>
        entries.Select(e => e.Key.Name ?? model.QualifiedName(e.Key.Interface!.Value)!).ToList();
}
