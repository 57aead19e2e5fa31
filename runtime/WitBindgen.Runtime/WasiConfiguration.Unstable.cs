namespace WitBindgen.Runtime;

/// <summary>Opting in to <c>@unstable</c> WASI interfaces.</summary>
public sealed partial class WasiConfiguration
{
    private List<string> _unstableFeatures = [];

    /// <summary>The <c>@unstable</c> features enabled, in the order enabled.</summary>
    internal IReadOnlyList<string> UnstableFeatures => _unstableFeatures;

    /// <summary>
    /// Lets the guest import the WASI interfaces gated by <c>@unstable(feature = <paramref name="feature"/>)</c>, such as
    /// <c>clocks-timezone</c> for <c>wasi:clocks/timezone</c>; without it a component importing them is refused when it
    /// is instantiated, naming the feature. Only the direct backend honours it: the Wasmtime backend refuses a store
    /// that enables a feature.
    /// </summary>
    /// <param name="feature">The feature name as the WIT gate spells it.</param>
    public WasiConfiguration WithUnstableFeature(string feature)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feature);
        if (!_unstableFeatures.Contains(feature))
        {
            _unstableFeatures.Add(feature);
        }

        UseDirectOnlyOption("WasiConfiguration.WithUnstableFeature");
        return this;
    }
}
