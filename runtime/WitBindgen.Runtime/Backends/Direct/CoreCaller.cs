using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>What a <see cref="CoreHostFunction"/> learns about its call: the store of the calling instance.</summary>
internal readonly ref struct CoreCaller
{
    internal CoreCaller(nint context)
    {
        Context = context;
    }

    /// <summary>The calling store's <c>wasmtime_context_t*</c>, valid until the callback returns.</summary>
    public nint Context { get; }

    /// <summary>The store the guest runs in.</summary>
    /// <exception cref="WitRuntimeException">The store was not created by this runtime.</exception>
    public CoreStore Store =>
        StoreResources.FromContext(Context).Owner is { } owner
            ? CoreStore.For(owner)
            : throw new WitRuntimeException("The calling store is being deleted.");
}
