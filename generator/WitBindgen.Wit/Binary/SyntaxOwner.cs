using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Binary;

/// <summary>
/// Where decoded WIT items go: an interface (named <c>ns:pkg/iface@ver</c> or inline in the world) or the world
/// itself. Collects its <c>use</c>s, type definitions and functions as syntax.
/// </summary>
internal sealed class SyntaxOwner
{
    private readonly HashSet<string> _uses = new(StringComparer.Ordinal);
    private int _generatedNames;

    private SyntaxOwner(string fullName, string? package, string name, bool isWorld)
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

    public List<UseSyntax> Uses { get; } = new();

    /// <summary>Type definitions, built at the end so resources see all their functions.</summary>
    public List<Func<TypeDefSyntax>> TypeDefinitions { get; } = new();

    public List<InterfaceFunc> Functions { get; } = new();

    /// <summary>Resource functions by resource name, placed inside the resource's definition.</summary>
    public Dictionary<string, List<ResourceFuncSyntax>> ResourceFunctions { get; } = new(StringComparer.Ordinal);

    /// <summary>Names given to types the binary left unnamed.</summary>
    public Dictionary<TypeNode, string> GeneratedNames { get; } = new();

    /// <summary>The functions and types added so far, as <c>kind name</c>.</summary>
    public HashSet<string> AddedMembers { get; } = new(StringComparer.Ordinal);

    /// <summary>Names defined here, so generated names avoid them.</summary>
    public HashSet<string> DefinedNames { get; } = new(StringComparer.Ordinal);

    /// <summary>For the world: the package it is declared in, so interfaces of that package are named without it.</summary>
    public string? WorldPackage { get; private set; }

    /// <summary>How the owner is named in notes: <c>world root</c>, <c>interface ns:pkg/iface</c>.</summary>
    public string Description => (IsWorld ? "world " : "interface ") + FullName;

    public static SyntaxOwner World(string name, string package) => new(name, null, name, isWorld: true) { WorldPackage = package };

    /// <summary>The owner for an imported or exported instance named <paramref name="name"/>.</summary>
    public static SyntaxOwner Interface(string name)
    {
        var slash = name.IndexOf('/');
        if (name.IndexOf(':') > 0 && slash > 0)
        {
            var at = name.IndexOf('@', slash);
            var interfaceName = at < 0 ? name.Substring(slash + 1) : name.Substring(slash + 1, at - slash - 1);
            var package = name.Substring(0, slash) + (at < 0 ? string.Empty : name.Substring(at));
            return new SyntaxOwner(name, package, interfaceName, isWorld: false);
        }

        return new SyntaxOwner(name, null, name, isWorld: false);
    }

    /// <summary>Adds <c>use</c> of <paramref name="name"/> from <paramref name="from"/>, once.</summary>
    public void AddUse(SyntaxOwner from, string name, string? alias)
    {
        var samePackage = IsWorld ? from.Package is not null && from.Package == WorldPackage : from.Package == Package;
        var renamed = alias is not null && alias != name;
        var key = (samePackage ? from.Name : from.FullName) + "." + name + (renamed ? " as " + alias : string.Empty);
        if (!_uses.Add(key))
        {
            return;
        }

        UsePath path = samePackage
            ? new LocalUsePath(WitSyntaxNames.Identifier(from.Name))
            : new PackageUsePath(WitSyntaxNames.PackageName(from.Package!), WitSyntaxNames.Identifier(from.Name), default);
        var useName = new UseName(WitSyntaxNames.Identifier(name), renamed ? WitSyntaxNames.Identifier(alias!) : null);
        Uses.Add(new UseSyntax(EquatableArray<GateSyntax>.Empty, path, EquatableArray.Create(useName), default));
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
