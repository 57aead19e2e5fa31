using System.Threading;
using Microsoft.CodeAnalysis;
using WitBindgen.CodeGen;
using WitBindgen.Wit;

namespace WitBindgen.Generator.Generation;

/// <summary>
/// The WIT interfaces whose C# types referenced assemblies declare, read from their
/// <c>[assembly: WitBindgen.WitInterface("ns:pkg/iface", "Namespace")]</c> attributes into plain strings, so
/// the pipeline caches them by value and holds no symbol.
/// </summary>
internal static class ReferencedInterfaces
{
    private const string AttributeName = "WitInterfaceAttribute";
    private const string AttributeNamespace = "WitBindgen";
    private const string TypesAssembly = "WitBindgen.Types";

    /// <summary>
    /// Every interface the references declare, ordered by WIT name. When two assemblies declare one interface,
    /// the first reference in the compilation's order wins, so the choice is stable across runs.
    /// </summary>
    public static EquatableArray<ReusedInterface> From(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly || !ReferencesTypes(assembly))
            {
                continue;
            }

            foreach (var attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: AttributeName, ContainingNamespace: { Name: AttributeNamespace, ContainingNamespace.IsGlobalNamespace: true } }
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is string witName
                    && attribute.ConstructorArguments[1].Value is string ns
                    && !found.ContainsKey(witName))
                {
                    found.Add(witName, ns);
                }
            }
        }

        return found
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new ReusedInterface(p.Key, p.Value))
            .ToEquatableArray();
    }

    /// <summary>Only assemblies built against WitBindgen.Types can carry the attribute: skips the framework cheaply.</summary>
    private static bool ReferencesTypes(IAssemblySymbol assembly)
    {
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
