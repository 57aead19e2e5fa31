namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// Looks up an export by name the way Wasmtime's component export maps do: the exact name first, then, when the
/// name carries a semantic version without a pre-release tag, the greatest version among the names on the same
/// compatibility track (<c>a:b/c@1.x.y</c> matches every <c>a:b/c@1.*.*</c>, <c>a:b/c@0.2.x</c> every
/// <c>a:b/c@0.2.*</c>; a <c>0.0.x</c> or pre-release version matches only itself).
/// </summary>
internal static class VersionedNameLookup
{
    /// <summary>The index of the item whose name (<paramref name="nameOf"/>) a lookup of <paramref name="name"/> finds, or -1.</summary>
    public static int IndexOf<T>(IReadOnlyList<T> items, Func<T, string> nameOf, string name)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (nameOf(items[i]) == name)
            {
                return i;
            }
        }

        if (!TryGetTrack(name, out var track, out _))
        {
            return -1;
        }

        var best = -1;
        SemanticVersion? bestVersion = null;
        for (var i = 0; i < items.Count; i++)
        {
            // Later names replace earlier ones on the same track unless their version is lower, as Wasmtime's map does.
            if (TryGetTrack(nameOf(items[i]), out var candidate, out var version)
                && candidate == track
                && (bestVersion is null || version!.CompareTo(bestVersion) >= 0))
            {
                best = i;
                bestVersion = version;
            }
        }

        return best;
    }

    /// <summary>
    /// The compatibility track of a versioned name: the name up to its major version (<c>a:b/c@1</c>) when that is
    /// nonzero, else up to its minor version (<c>a:b/c@0.2</c>) when that is nonzero; false for a name without a
    /// valid semantic version, with a pre-release tag or with version <c>0.0.x</c>.
    /// </summary>
    internal static bool TryGetTrack(string name, out string track, out SemanticVersion? version)
    {
        track = string.Empty;
        var at = name.IndexOf('@');
        version = at < 0 ? null : SemanticVersion.Parse(name.Substring(at + 1));
        if (version is null || version.HasPreRelease)
        {
            return false;
        }

        var firstDot = name.IndexOf('.', at + 1);
        if (version.Major != 0)
        {
            track = name.Substring(0, firstDot);
            return true;
        }

        if (version.Minor != 0)
        {
            track = name.Substring(0, name.IndexOf('.', firstDot + 1));
            return true;
        }

        return false;
    }
}
