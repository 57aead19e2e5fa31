using System.Threading;
using Microsoft.CodeAnalysis;
using WitBindgen.Wit;

namespace WitBindgen.Generator.Generation;

/// <summary>
/// The root namespaces of the assemblies a compilation references (<c>System</c>, <c>Microsoft</c>, a library's
/// <c>Contoso</c>), which namespaces derived from WIT package names must not add to. Read into sorted plain
/// strings, so the pipeline caches them by value and an edit of the project's C# changes nothing downstream.
/// </summary>
/// <remarks>
/// Assemblies built against WitBindgen.Types (bindings of other projects, the runtime itself) are left out: their
/// namespaces come from WIT too, and sharing them is how types are reused across projects.
/// </remarks>
internal static class ReferencedNamespaces
{
    private const string TypesAssembly = "WitBindgen.Types";

    /// <summary>The first segments of every namespace the referenced assemblies declare types in, sorted ordinally.</summary>
    public static EquatableArray<string> From(Compilation compilation, CancellationToken cancellationToken)
    {
        var roots = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly || IsBindings(assembly))
            {
                continue;
            }

            foreach (var ns in assembly.GlobalNamespace.GetNamespaceMembers())
            {
                roots.Add(ns.Name);
            }
        }

        return roots.ToEquatableArray();
    }

    private static bool IsBindings(IAssemblySymbol assembly)
    {
        if (string.Equals(assembly.Identity.Name, TypesAssembly, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                if (string.Equals(referenced.Name, TypesAssembly, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
