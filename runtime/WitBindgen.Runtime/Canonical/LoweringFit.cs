using WitBindgen.Runtime.Backends.Direct.Abi;

namespace WitBindgen.Runtime.Canonical;

/// <summary>
/// What a generated import decided about one lowering of a linked component on its first call, the same for every
/// instance of that link: the layouts of the lowered type when the bindings fit it, and the host type of each resource
/// its handles name. Immutable, so instances in stores on any thread share it.
/// </summary>
internal sealed class LoweringFit
{
    private LoweringFit(FunctionAbi? abi, (HostResourceType Type, int Resource)[] handleTypes)
    {
        Abi = abi;
        HandleTypes = handleTypes;
    }

    /// <summary>The bindings do not fit the lowering: the value-level definition serves it.</summary>
    public static LoweringFit None { get; } = new(null, []);

    /// <summary>The layouts of the lowered type, or null when the value-level definition serves the lowering.</summary>
    public FunctionAbi? Abi { get; }

    /// <summary>The host resource type of each handle's resource, with the component's index of that resource.</summary>
    public (HostResourceType Type, int Resource)[] HandleTypes { get; }

    /// <summary>The bindings fit the lowering with <paramref name="abi"/> and <paramref name="handleTypes"/>.</summary>
    public static LoweringFit Of(FunctionAbi abi, (HostResourceType Type, int Resource)[] handleTypes) => new(abi, handleTypes);
}
