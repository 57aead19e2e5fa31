using Microsoft.CodeAnalysis;

namespace WitBindgen.Generator.Generation;

/// <summary>Which of the assemblies that generated code runs on the compilation references.</summary>
/// <param name="HasTypes">Whether WitBindgen.Types is referenced (both modes need it).</param>
/// <param name="HasRuntime">Whether WitBindgen.Runtime is referenced (host mode needs it).</param>
internal sealed record ReferencedRuntimes(bool HasTypes, bool HasRuntime)
{
    private const string TypesAssembly = "WitBindgen.Types";
    private const string RuntimeAssembly = "WitBindgen.Runtime";

    /// <summary>
    /// Looks the assemblies up among the compilation's references, by name. The runtime itself counts as having
    /// the runtime: it generates host bindings for the WASI it implements.
    /// </summary>
    public static ReferencedRuntimes From(Compilation compilation)
    {
        bool hasTypes = false;
        var hasRuntime = string.Equals(compilation.AssemblyName, RuntimeAssembly, StringComparison.OrdinalIgnoreCase);
        foreach (var name in compilation.ReferencedAssemblyNames)
        {
            hasTypes |= string.Equals(name.Name, TypesAssembly, StringComparison.OrdinalIgnoreCase);
            hasRuntime |= string.Equals(name.Name, RuntimeAssembly, StringComparison.OrdinalIgnoreCase);
        }

        return new ReferencedRuntimes(hasTypes, hasRuntime);
    }
}
