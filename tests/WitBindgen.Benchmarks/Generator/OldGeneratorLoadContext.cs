using System.Reflection;
using System.Runtime.Loader;

namespace WitBindgen.Benchmarks.Generator;

/// <summary>
/// A collectible load context that resolves the front end and the code generator (<c>WitBindgen.Wit</c>,
/// <c>WitBindgen.CodeGen</c>) from one directory, so a past build of them runs beside the assemblies of the
/// same names that the benchmark project references. Everything else (the framework) comes from the default
/// context.
/// </summary>
internal sealed class OldGeneratorLoadContext(string directory) : AssemblyLoadContext("old-generator", isCollectible: true)
{
    /// <summary>The assemblies taken from <see cref="Directory"/>; the names <c>old-generator.sh</c> builds.</summary>
    public static readonly string[] AssemblyNames = ["WitBindgen.Wit", "WitBindgen.CodeGen"];

    /// <summary>The directory the old assemblies are loaded from.</summary>
    public string Directory { get; } = directory;

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName) =>
        Array.IndexOf(AssemblyNames, assemblyName.Name) >= 0
            ? LoadFromAssemblyPath(Path.Combine(Directory, assemblyName.Name + ".dll"))
            : null;
}
