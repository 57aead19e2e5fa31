namespace WitBindgen.Wit.Syntax;

// The syntax tree of one .wit file, as written: names unresolved, spans into the file.
// Every node is an immutable record; lists are EquatableArray so trees compare by value.

/// <summary>A name as written, with the <c>%</c> escape removed, and where it was written.</summary>
/// <param name="Name">The kebab-case name.</param>
/// <param name="Span">The span of the name in its file (including a <c>%</c> prefix).</param>
public readonly record struct Identifier(string Name, TextSpan Span)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A parsed .wit file.</summary>
/// <param name="Source">The file it was parsed from.</param>
/// <param name="Package">The <c>package ns:name@version;</c> header, if any.</param>
/// <param name="Items">Top-level interfaces, worlds and <c>use</c>s that belong to the header's package.</param>
/// <param name="NestedPackages">Packages declared in <c>package ns:name { … }</c> blocks.</param>
public sealed record WitDocument(
    SourceFile Source,
    PackageDeclaration? Package,
    EquatableArray<TopLevelItem> Items,
    EquatableArray<NestedPackage> NestedPackages);

/// <summary>A package name: <c>ns:name@version</c>, possibly with nested namespaces (<c>a:b:c</c>).</summary>
/// <param name="Namespace">The namespace (first segment).</param>
/// <param name="Name">The package name (remaining segments joined with <c>:</c>).</param>
/// <param name="Version">The semantic version, if given.</param>
/// <param name="Span">The span of the whole name.</param>
public sealed record PackageNameSyntax(string Namespace, string Name, SemVer? Version, TextSpan Span)
{
    /// <inheritdoc />
    public override string ToString() => Version is null ? $"{Namespace}:{Name}" : $"{Namespace}:{Name}@{Version}";
}

/// <summary>A <c>package …;</c> header with its docs.</summary>
public sealed record PackageDeclaration(Docs Docs, PackageNameSyntax Name, TextSpan Span);

/// <summary>A <c>package ns:name@ver { … }</c> block.</summary>
public sealed record NestedPackage(Docs Docs, PackageNameSyntax Name, EquatableArray<TopLevelItem> Items, TextSpan Span);

/// <summary>Doc comments attached to an item, already normalized as wit-parser does; null when none.</summary>
/// <param name="Contents">The text, lines joined with <c>\n</c>.</param>
public readonly record struct Docs(string? Contents)
{
    /// <summary>No docs.</summary>
    public static Docs None => default;
}

/// <summary>Feature gates written before an item.</summary>
public abstract record GateSyntax(TextSpan Span);

/// <summary><c>@since(version = x.y.z)</c>.</summary>
public sealed record SinceGate(SemVer Version, TextSpan Span) : GateSyntax(Span);

/// <summary><c>@unstable(feature = name)</c>.</summary>
public sealed record UnstableGate(Identifier Feature, TextSpan Span) : GateSyntax(Span);

/// <summary><c>@deprecated(version = x.y.z)</c>.</summary>
public sealed record DeprecatedGate(SemVer Version, TextSpan Span) : GateSyntax(Span);

/// <summary>Something that may stand at the top level of a file or a nested package.</summary>
public abstract record TopLevelItem(TextSpan Span);

/// <summary>A top-level <c>use ns:pkg/iface@ver as name;</c>.</summary>
public sealed record TopLevelUse(
    EquatableArray<GateSyntax> Gates,
    UsePath Path,
    Identifier? As,
    TextSpan Span) : TopLevelItem(Span);

/// <summary>A path naming an interface or world: a local name or <c>ns:pkg/name@ver</c>.</summary>
public abstract record UsePath(TextSpan Span);

/// <summary>A name in the current package (or brought in by a top-level <c>use</c>).</summary>
public sealed record LocalUsePath(Identifier Name) : UsePath(Name.Span);

/// <summary>A fully qualified path <c>ns:pkg/name@version</c>.</summary>
public sealed record PackageUsePath(PackageNameSyntax Package, Identifier Name, TextSpan Span) : UsePath(Span);
