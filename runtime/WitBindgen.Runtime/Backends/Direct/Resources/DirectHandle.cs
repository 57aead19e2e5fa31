namespace WitBindgen.Runtime.Backends.Direct.Resources;

/// <summary>
/// One entry of a <see cref="DirectHandleTable"/> (CanonicalABI.md's <c>ResourceHandle</c>): the resource type, its
/// representation, whether the handle owns it, how many calls currently borrow it (<c>num_lends</c>), and for a
/// borrow the call it was lent for (<c>borrow_scope</c>).
/// </summary>
internal struct DirectHandle
{
    /// <summary>The resource's index in the plan (<c>ResourceDefinition.Index</c>); -1 marks a free slot.</summary>
    public int Resource;

    /// <summary>The representation: the guest's <c>i32</c> for a defined resource, the store's rep for a host object.</summary>
    public uint Rep;

    /// <summary>For a host object: the <see cref="HostResourceType.Id"/> it was given to the guest as.</summary>
    public uint HostType;

    /// <summary>Whether this is an <c>own</c> handle.</summary>
    public bool Own;

    /// <summary>For an own handle: how many calls borrow it right now; it cannot be moved or dropped meanwhile.</summary>
    public int Lends;

    /// <summary>For a borrow: the call it was lent for, which must see it dropped before it returns.</summary>
    public DirectResourceCall? Scope;

    /// <summary>For a free slot: the next free index (0: none).</summary>
    public uint NextFree;
}
