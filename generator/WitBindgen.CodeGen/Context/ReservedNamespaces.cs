using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context;

/// <summary>
/// Refuses namespaces derived from WIT package names that would add to a referenced assembly's root namespace:
/// <c>system:threading</c> with an interface <c>tasks</c> and a record <c>task</c> would declare
/// <c>System.Threading.Tasks.Task</c>, and the project's own <c>async Task Main</c> would stop compiling.
/// </summary>
internal static class ReservedNamespaces
{
    /// <summary>
    /// Reports WIT0918 once per WIT package whose namespace starts with one of <paramref name="roots"/>, at the
    /// package's first interface in the world, or at the world when it is the package's only item there.
    /// </summary>
    /// <returns>Whether anything was reported (then nothing may be generated).</returns>
    public static bool Report(
        WitModel model, CSharpContainer world, WorldId worldId, IReadOnlyList<CSharpContainer> interfaces, EquatableArray<string> roots, DiagnosticBag diagnostics)
    {
        if (roots.IsEmpty)
        {
            return false;
        }

        var reserved = new HashSet<string>(roots, StringComparer.Ordinal);
        var reportedPackages = new HashSet<PackageId>();
        var reported = false;
        foreach (var container in interfaces.Concat(new[] { world }))
        {
            var root = container.Namespace.Split('.')[0];
            if (!reserved.Contains(root))
            {
                continue;
            }

            PackageId package;
            SourceLocation? location;
            if (container.InterfaceId is { } id)
            {
                var iface = model[id];
                package = iface.Package ?? model[worldId].Package;
                location = iface.Location;
            }
            else
            {
                package = model[worldId].Package;
                location = model[worldId].Location;
            }

            if (reportedPackages.Add(package))
            {
                diagnostics.Report(WitDiagnostics.ShadowedNamespace, location, container.Namespace, container.WitName, root);
                reported = true;
            }
        }

        return reported;
    }
}
