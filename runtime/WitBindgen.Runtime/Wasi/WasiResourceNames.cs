using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Wasi;

/// <summary>
/// The WASI resources of one component by type node: <c>wasi:io/poll#pollable</c> and so on, without version, so that
/// handles in two components' types are compared by the resource they name (resource types have no structure).
/// </summary>
internal sealed class WasiResourceNames
{
    private readonly Dictionary<ResourceNode, string> _names;

    private WasiResourceNames(Dictionary<ResourceNode, string> names) => _names = names;

    /// <summary>
    /// Names every resource type exported by a <c>wasi:</c> import of <paramref name="plan"/>; a resource re-exported
    /// by a later interface (<c>streams</c> exporting <c>error</c>) keeps the name of the first interface exporting it.
    /// </summary>
    public static WasiResourceNames Of(ComponentPlan plan)
    {
        var names = new Dictionary<ResourceNode, string>(ReferenceEqualityComparer.Instance);
        foreach (var import in plan.Imports)
        {
            if (import.Type is not InstanceNode instance || !WasiImportName.TryParse(import.Name, out var name))
            {
                continue;
            }

            foreach (var export in instance.Exports)
            {
                if (export.Kind == ExternKind.Type && export.Type is { } type && NamedNode.Unwrap(type) is ResourceNode resource)
                {
                    names.TryAdd(resource, name.Interface + "#" + export.Name);
                }
            }
        }

        return new WasiResourceNames(names);
    }

    /// <summary>The name of the resource <paramref name="type"/> stands for, or null when it is not a named WASI resource.</summary>
    public string? Of(TypeNode type) => NamedNode.Unwrap(type) is ResourceNode resource ? _names.GetValueOrDefault(resource) : null;
}
