using WitBindgen.Wit.Printing;

namespace WitBindgen.Wit.Binary;

/// <summary>
/// Where decoded WIT items are written: an interface (named <c>ns:pkg/iface@ver</c> or inline in the world) or
/// the world itself. Collects its <c>use</c> lines, type definitions and functions.
/// </summary>
internal sealed class WitOwner
{
    private readonly HashSet<string> _uses = new(StringComparer.Ordinal);
    private int _generatedNames;

    private WitOwner(string fullName, string? package, string name, bool isWorld)
    {
        FullName = fullName;
        Package = package;
        Name = name;
        IsWorld = isWorld;
    }

    /// <summary>The import or export name (<c>ns:pkg/iface@ver</c>, or a plain name).</summary>
    public string FullName { get; }

    /// <summary>The package (<c>ns:pkg@ver</c>) of an interface named by a package path; null otherwise.</summary>
    public string? Package { get; }

    /// <summary>The interface (or world) name alone.</summary>
    public string Name { get; }

    public bool IsWorld { get; }

    /// <summary>An interface that lives in a package, so others can <c>use</c> it.</summary>
    public bool IsPackageInterface => Package is not null;

    public List<string> Uses { get; } = new();

    /// <summary>Type definitions, rendered at the end so resources see all their functions.</summary>
    public List<Func<string>> TypeDefinitions { get; } = new();

    public List<string> Functions { get; } = new();

    /// <summary>Resource functions by resource name, written inside the resource's definition.</summary>
    public Dictionary<string, List<string>> ResourceFunctions { get; } = new(StringComparer.Ordinal);

    /// <summary>Names given to types the binary left unnamed.</summary>
    public Dictionary<TypeNode, string> GeneratedNames { get; } = new();

    /// <summary>The functions and types written so far, as <c>kind name</c>.</summary>
    public HashSet<string> WrittenMembers { get; } = new(StringComparer.Ordinal);

    /// <summary>Names defined here, so generated names avoid them.</summary>
    public HashSet<string> DefinedNames { get; } = new(StringComparer.Ordinal);

    /// <summary>For the world: the package it is declared in, so interfaces of that package are named without it.</summary>
    public string? WorldPackage { get; private set; }

    public static WitOwner World(string name, string package) => new(name, null, name, isWorld: true) { WorldPackage = package };

    /// <summary>The owner for an imported or exported instance named <paramref name="name"/>.</summary>
    public static WitOwner Interface(string name)
    {
        var slash = name.IndexOf('/');
        if (name.IndexOf(':') > 0 && slash > 0)
        {
            var at = name.IndexOf('@', slash);
            var interfaceName = at < 0 ? name.Substring(slash + 1) : name.Substring(slash + 1, at - slash - 1);
            var package = name.Substring(0, slash) + (at < 0 ? string.Empty : name.Substring(at));
            return new WitOwner(name, package, interfaceName, isWorld: false);
        }

        return new WitOwner(name, null, name, isWorld: false);
    }

    /// <summary>Adds <c>use</c> of <paramref name="name"/> from <paramref name="from"/>, once.</summary>
    public void AddUse(WitOwner from, string name, string? alias)
    {
        var samePackage = IsWorld ? from.Package is not null && from.Package == WorldPackage : from.Package == Package;
        var path = samePackage ? WitNames.Escape(from.Name) : WitNames.EscapePath(from.FullName);
        var item = alias is null || alias == name ? WitNames.Escape(name) : WitNames.Escape(name) + " as " + WitNames.Escape(alias);
        var line = "use " + path + ".{" + item + "};";
        if (_uses.Add(line))
        {
            Uses.Add(line);
        }
    }

    /// <summary>A fresh name for an unnamed type, <c>type-1</c>, <c>type-2</c>…</summary>
    public string NextGeneratedName(string prefix)
    {
        string name;
        do
        {
            name = prefix + "-" + (++_generatedNames).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        while (DefinedNames.Contains(name));

        DefinedNames.Add(name);
        return name;
    }
}
