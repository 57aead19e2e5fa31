namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A module whose imports are all resolved by a <see cref="CoreLinker"/> once (<c>wasmtime_linker_instantiate_pre</c>),
/// so each store instantiates it without looking anything up again. Thread-safe; use it with any number of stores.
/// </summary>
internal sealed unsafe class CoreInstancePre : IDisposable
{
    internal CoreInstancePre(CoreModule module, InstancePreHandle handle)
    {
        Module = module;
        Handle = handle;
    }

    /// <summary>The module.</summary>
    public CoreModule Module { get; }

    internal InstancePreHandle Handle { get; }

    /// <summary>Instantiates the module in <paramref name="store"/>, running its start function.</summary>
    /// <exception cref="WitRuntimeException">
    /// A store limit refused a memory or table, or the start function trapped; a host function's exception is rethrown
    /// as it was thrown.
    /// </exception>
    public CoreInstance Instantiate(CoreStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!ReferenceEquals(Module.Engine, store.Engine))
        {
            throw new ArgumentException("The module was compiled for another engine than the store's.", nameof(store));
        }

        store.Store.ThrowIfPoisoned(functionName: null);
        using var pre = Handle.Lease();
        var armed = store.Store.EnterCall("instantiating a core module", functionName: null);
        try
        {
            CoreInstanceItem instance;
            nint trap = 0;
            var error = CoreNativeMethods.wasmtime_instance_pre_instantiate(pre.Pointer, store.Store.EnteredContext, &instance, &trap);
            if (error != 0 || trap != 0)
            {
                throw store.FailInstantiation(error, trap);
            }

            return new CoreInstance(store, instance, Module);
        }
        finally
        {
            store.Store.ExitCall(armed);
        }
    }

    /// <inheritdoc />
    public void Dispose() => Handle.Dispose();
}
