namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>
/// A guest's linear memory and allocator as the Canonical ABI sees them (<c>memory</c> and <c>realloc</c> options).
/// The memory may grow whenever the guest runs, so <see cref="Span"/> must be read again after every
/// <see cref="Realloc"/> and no span may be kept past the call that read it.
/// </summary>
internal interface IGuestMemory
{
    /// <summary>The memory's current contents.</summary>
    Span<byte> Span { get; }

    /// <summary>
    /// Calls the guest's <c>realloc(old ptr, old size, align, new size)</c> and returns the pointer it gave, unchecked:
    /// the caller checks its alignment and bounds.
    /// </summary>
    /// <exception cref="WitTrapException">The guest has no allocator, or it trapped.</exception>
    uint Realloc(uint oldPointer, uint oldSize, uint alignment, uint newSize);
}
