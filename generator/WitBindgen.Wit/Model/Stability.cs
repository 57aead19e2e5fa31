using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Model;

/// <summary>How stable an item is, from its <c>@since</c>, <c>@unstable</c> and <c>@deprecated</c> gates.</summary>
public enum StabilityKind
{
    /// <summary>No gate was written.</summary>
    Unknown,

    /// <summary><c>@since(version = …)</c>.</summary>
    Stable,

    /// <summary><c>@unstable(feature = …)</c>, kept because its feature is enabled.</summary>
    Unstable,
}

/// <summary>The stability of an item.</summary>
/// <param name="Kind">Which gate applies.</param>
/// <param name="Since">For <see cref="StabilityKind.Stable"/>, the version it became stable.</param>
/// <param name="Feature">For <see cref="StabilityKind.Unstable"/>, the feature that enables it.</param>
/// <param name="Deprecated">The version it was deprecated in, if any.</param>
public sealed record Stability(StabilityKind Kind, SemVer? Since, string? Feature, SemVer? Deprecated)
{
    /// <summary>No gate.</summary>
    public static Stability Unknown { get; } = new(StabilityKind.Unknown, null, null, null);

    /// <summary>Whether the item is deprecated.</summary>
    public bool IsDeprecated => Deprecated is not null;
}
