using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context;

/// <summary>Finds the world <see cref="CodeGenOptions.World"/> names, or the only world of the root packages.</summary>
internal static class WorldSelector
{
    /// <summary>The selected world, or null after reporting why there is none.</summary>
    public static WorldId? Select(WitModel model, string? requested, DiagnosticBag diagnostics)
    {
        var roots = new HashSet<PackageId>(model.RootPackages);
        if (!string.IsNullOrWhiteSpace(requested))
        {
            var name = requested!.Trim();
            var found = AllWorlds(model).Where(id => Matches(model, roots, id, name)).ToList();
            if (found.Count > 0)
            {
                // A root package's world wins over a dependency's world of the same plain name.
                var inRoot = found.Where(id => roots.Contains(model[id].Package)).ToList();
                return inRoot.Count > 0 ? inRoot[0] : found[0];
            }

            diagnostics.Report(WitDiagnostics.WorldNotFound, null, requested, Describe(model, AllWorlds(model)));
            return null;
        }

        var rootWorlds = AllWorlds(model).Where(id => roots.Contains(model[id].Package)).ToList();
        switch (rootWorlds.Count)
        {
            case 1:
                return rootWorlds[0];
            case 0:
                diagnostics.Report(WitDiagnostics.NoWorld, null);
                return null;
            default:
                diagnostics.Report(WitDiagnostics.AmbiguousWorld, model[rootWorlds[0]].Location, rootWorlds.Count, Describe(model, rootWorlds));
                return null;
        }
    }

    /// <summary>The name a user can pass to select <paramref name="id"/>: <c>ns:pkg/world</c> (with <c>@version</c> when versioned).</summary>
    public static string QualifiedName(WitModel model, WorldId id)
    {
        var world = model[id];
        return $"{model[world.Package].Name.NameWithoutVersion}/{world.Name}" +
            (model[world.Package].Name.Version is { } v ? "@" + v : string.Empty);
    }

    // `world` (root packages only), `ns:pkg/world`, `ns:pkg/world@1.0.0` or the package-version form `ns:pkg@1.0.0/world`.
    private static bool Matches(WitModel model, HashSet<PackageId> roots, WorldId id, string name)
    {
        var world = model[id];
        var package = model[world.Package].Name;
        return (world.Name == name && roots.Contains(world.Package)) ||
            $"{package.NameWithoutVersion}/{world.Name}" == name ||
            QualifiedName(model, id) == name ||
            $"{package}/{world.Name}" == name;
    }

    private static IEnumerable<WorldId> AllWorlds(WitModel model) => Enumerable.Range(0, model.Worlds.Count).Select(i => new WorldId(i));

    private static string Describe(WitModel model, IEnumerable<WorldId> worlds)
    {
        var names = worlds.Select(id => "`" + QualifiedName(model, id) + "`").ToList();
        return names.Count == 0 ? "(none)" : string.Join(", ", names);
    }
}
