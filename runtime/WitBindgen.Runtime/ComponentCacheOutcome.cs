namespace WitBindgen.Runtime;

/// <summary>What a <see cref="ComponentCache"/> lookup did.</summary>
public enum ComponentCacheOutcome
{
    /// <summary>A valid artifact was found and loaded; nothing was compiled.</summary>
    Hit,

    /// <summary>No artifact: the component was compiled and the artifact stored.</summary>
    Miss,

    /// <summary>An artifact was found but was truncated, foreign or incompatible: it was ignored, the component compiled and the artifact rewritten.</summary>
    Rejected,

    /// <summary>The cache directory cannot be used (see <see cref="ComponentCache.UnavailableReason"/>): the component was compiled and not stored.</summary>
    Unavailable,
}
