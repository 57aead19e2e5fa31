using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Backends.Direct.Resources;

/// <summary>
/// A handle the host holds to a resource a guest on the direct backend defines: what a <see cref="ComponentResource"/>
/// of that resource stands for. Its <see cref="ComponentVal"/> is a Wasmtime host resource of the store carrying
/// <see cref="Key"/> and <see cref="DirectHeldHandles.TypeId"/>, always flagged as a borrow for Wasmtime (so reading
/// it never consumes it); whether it owns the resource is kept here.
/// </summary>
internal sealed class DirectHeldHandle
{
    internal DirectHeldHandle(uint key, DirectResources owner, ResourceDefinition resource, uint rep, bool own)
    {
        Key = key;
        Owner = owner;
        Resource = resource;
        Rep = rep;
        Own = own;
    }

    /// <summary>The handle's key in its store's <see cref="DirectHeldHandles"/> (the Wasmtime host rep).</summary>
    public uint Key { get; }

    /// <summary>The instance whose component defines the resource.</summary>
    public DirectResources Owner { get; }

    /// <summary>The resource type.</summary>
    public ResourceDefinition Resource { get; }

    /// <summary>The guest's representation.</summary>
    public uint Rep { get; }

    /// <summary>Whether the host owns the resource (else it borrows it for one host call).</summary>
    public bool Own { get; }

    /// <summary>Whether the handle still stands for the resource (not dropped, moved back, or ended).</summary>
    public bool IsLive { get; internal set; } = true;
}
