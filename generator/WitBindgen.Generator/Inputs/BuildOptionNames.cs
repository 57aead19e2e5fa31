namespace WitBindgen.Generator.Inputs;

/// <summary>
/// The keys under which the compiler exposes the build's item metadata and properties to the generator.
/// They must match the <c>CompilerVisibleItemMetadata</c> and <c>CompilerVisibleProperty</c> items of
/// <c>WitBindgen.props</c>.
/// </summary>
internal static class BuildOptionNames
{
    private const string Metadata = "build_metadata.AdditionalFiles.";
    private const string Property = "build_property.";

    /// <summary>The item's root: its directory or .wit file.</summary>
    public const string Root = Metadata + "WitRoot";

    /// <summary>The item's world.</summary>
    public const string World = Metadata + "WitWorld";

    /// <summary>The item's mode.</summary>
    public const string Mode = Metadata + "WitMode";

    /// <summary>The item's namespace.</summary>
    public const string Namespace = Metadata + "WitNamespace";

    /// <summary>The item's visibility.</summary>
    public const string Visibility = Metadata + "WitVisibility";

    /// <summary>The item's features.</summary>
    public const string Features = Metadata + "WitFeatures";

    /// <summary>Whether the item's <c>wasi:</c> interfaces are implemented by the project.</summary>
    public const string ImplementWasi = Metadata + "WitImplementWasi";

    /// <summary>The project's default mode.</summary>
    public const string DefaultMode = Property + "WitBindgenMode";

    /// <summary>The project's default namespace.</summary>
    public const string DefaultNamespace = Property + "WitBindgenNamespace";

    /// <summary>The project's default visibility.</summary>
    public const string DefaultVisibility = Property + "WitBindgenVisibility";

    /// <summary>The project's default features.</summary>
    public const string DefaultFeatures = Property + "WitBindgenFeatures";

    /// <summary>Whether the project reuses types that referenced assemblies declare (default true).</summary>
    public const string ReuseTypes = Property + "WitBindgenReuseTypes";
}
