using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context;

/// <summary>
/// Decides, while the containers are planned, which of them reuse their types under <see cref="CodeGenOptions.Reuse"/>:
/// a named interface whose types another assembly declares keeps its namespace for its mode-specific code, but its
/// types are referred to in that assembly's namespace, under the names the planner gives them there too, and are
/// not declared again.
/// </summary>
internal static class TypeReuse
{
    /// <summary>
    /// The reused types namespace of each planned interface, in <paramref name="interfaces"/> order (null: declared here).
    /// Only the first interface of a WIT name (the import side: imports come first) reuses its types; a second one of
    /// the same name (an export-side copy) declares its own. CSharpGenerator advertises the same first container, so
    /// what one project advertises is what another reuses.
    /// </summary>
    public static string?[] Decide(WitModel model, IReadOnlyList<(InterfaceId Id, string WitName)> interfaces, IReadOnlyList<ReusedInterface> reuse)
    {
        var result = new string?[interfaces.Count];
        if (reuse.Count == 0)
        {
            return result;
        }

        var namespaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in reuse)
        {
            namespaces[entry.WitName] = entry.Namespace;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < interfaces.Count; i++)
        {
            var (id, witName) = interfaces[i];
            if (model[id].Name is not null && seen.Add(witName) && namespaces.TryGetValue(witName, out var typesNamespace))
            {
                result[i] = typesNamespace;
            }
        }

        return result;
    }
}
