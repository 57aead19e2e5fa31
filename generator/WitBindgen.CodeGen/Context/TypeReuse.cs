using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context;

/// <summary>
/// Applies <see cref="CodeGenOptions.Reuse"/> to the planned containers: a named interface whose types another
/// assembly declares keeps its namespace for its mode-specific code, but its types are referred to in that
/// assembly's namespace, under the names the planner gives them there too, and are not declared again.
/// </summary>
internal static class TypeReuse
{
    public static void Apply(WitModel model, IReadOnlyList<CSharpContainer> interfaces, IReadOnlyList<ReusedInterface> reuse)
    {
        if (reuse.Count == 0)
        {
            return;
        }

        var namespaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in reuse)
        {
            namespaces[entry.WitName] = entry.Namespace;
        }

        // Only the first container of a WIT name (the import side: imports come first) reuses its types; a second
        // container of the same interface (an export-side copy) declares its own. CSharpGenerator advertises the
        // same first container, so what one project advertises is what another reuses.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var container in interfaces)
        {
            if (model[container.InterfaceId!.Value].Name is not null
                && seen.Add(container.WitName)
                && namespaces.TryGetValue(container.WitName, out var typesNamespace))
            {
                container.ReuseTypesFrom(typesNamespace);
            }
        }
    }
}
