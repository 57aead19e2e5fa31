namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// A core instance index: an instantiated module (<see cref="ComponentPlan.Instantiations"/>) or a bundle of loose
/// core definitions (<c>(core instance (export …)*)</c>), which exists only while the component is flattened.
/// </summary>
internal sealed class CoreInstanceItem
{
    private CoreInstanceItem(int instantiation, IReadOnlyDictionary<string, CoreDefinition>? bundle)
    {
        Instantiation = instantiation;
        Bundle = bundle;
    }

    /// <summary>The core instantiation, or -1 for a bundle.</summary>
    public int Instantiation { get; }

    /// <summary>The bundle's exports by name, or null for an instantiated module.</summary>
    public IReadOnlyDictionary<string, CoreDefinition>? Bundle { get; }

    /// <summary>An instantiated module.</summary>
    public static CoreInstanceItem Instantiated(int instantiation) => new(instantiation, null);

    /// <summary>A bundle of loose definitions.</summary>
    public static CoreInstanceItem FromExports(IReadOnlyDictionary<string, CoreDefinition> bundle) => new(-1, bundle);
}
