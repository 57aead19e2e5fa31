using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

/// <summary>
/// Orders packages so each comes after the packages it uses, as wit-parser does: packages are visited
/// by name, each one's dependencies (in order of first mention) first. Rejects duplicates and cycles.
/// </summary>
internal static class PackageOrder
{
    public static List<UnresolvedPackage> Sort(List<UnresolvedPackage> packages)
    {
        var byName = new Dictionary<PackageName, UnresolvedPackage>();
        foreach (var package in packages)
        {
            if (byName.TryGetValue(package.Name, out var previous))
            {
                var here = package.Source.NameLocation;
                var there = previous.Source.NameLocation;
                throw ResolutionError.At(WitDiagnostics.DuplicatePackage, here, package.Name, Render(here), Render(there));
            }

            byName.Add(package.Name, package);
        }

        var sorted = new List<UnresolvedPackage>(packages);
        sorted.Sort((a, b) => Compare(a.Name, b.Name));

        var order = new List<UnresolvedPackage>(sorted.Count);
        var done = new HashSet<PackageName>();
        var visiting = new HashSet<PackageName>();
        foreach (var package in sorted)
        {
            Visit(package, byName, order, done, visiting, 0);
        }

        return order;
    }

    private static string Render(SourceLocation location) => $"{location.Path}:{location.Line}:{location.Column}";

    private static void Visit(
        UnresolvedPackage package,
        Dictionary<PackageName, UnresolvedPackage> byName,
        List<UnresolvedPackage> order,
        HashSet<PackageName> done,
        HashSet<PackageName> visiting,
        int depth)
    {
        if (done.Contains(package.Name))
        {
            return;
        }

        if (depth > byName.Count + 1)
        {
            throw new InvalidOperationException("package dependencies nest deeper than the number of packages");
        }

        for (var i = 0; i < package.ForeignDeps.Count; i++)
        {
            var dep = package.ForeignDeps.KeyAt(i);
            var location = package.ForeignDepSpans[i];
            if (!visiting.Add(dep))
            {
                throw ResolutionError.At(WitDiagnostics.PackageCycle, location, dep);
            }

            if (byName.TryGetValue(dep, out var target))
            {
                Visit(target, byName, order, done, visiting, depth + 1);
            }

            visiting.Remove(dep);
        }

        done.Add(package.Name);
        order.Add(package);
    }

    /// <summary>Orders names as wit-parser does: namespace, name, then version (none first); the printer uses it too.</summary>
    public static int Compare(PackageName a, PackageName b)
    {
        var c = string.CompareOrdinal(a.Namespace, b.Namespace);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.Name, b.Name);
        }

        if (c == 0)
        {
            c = a.Version is null ? (b.Version is null ? 0 : -1) : b.Version is null ? 1 : a.Version.CompareTo(b.Version);
        }

        return c;
    }
}
