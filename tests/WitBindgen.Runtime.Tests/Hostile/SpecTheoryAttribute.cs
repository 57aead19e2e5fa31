namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>
/// A theory holding a backend to CanonicalABI.md for one case, over <see cref="HostileDivergences.FollowingSpec"/>.
/// While every backend departs from the spec there, it is skipped with a message naming each divergence and the test
/// that asserts it, so the case is visible, never dropped; it runs as soon as a backend follows the spec.
/// </summary>
public sealed class SpecTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips when no backend follows the spec for <paramref name="case"/>.</summary>
    public SpecTheoryAttribute(string @case)
    {
        if (HostileDivergences.FollowingSpec(@case).Count == 0)
        {
            var divergences = HostileDivergences.All.Where(divergence => divergence.Case == @case)
                .Select(divergence => $"{divergence.Backend}: {divergence.Summary} (asserted by {divergence.Test})");
            Skip = $"No backend follows CanonicalABI.md for '{@case}' yet. " + string.Join(" ", divergences);
        }
    }
}
