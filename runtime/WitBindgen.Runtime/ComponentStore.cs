using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>
/// A store: owns every instance created in it and their memories, plus the store's WASI context, fuel and epoch
/// deadline. Not thread-safe: use a store (and everything in it) from one thread at a time. Disposing it frees
/// all of its instances at once; functions obtained from it then throw <see cref="ObjectDisposedException"/>.
/// </summary>
public sealed partial class ComponentStore : IDisposable
{
    private readonly nint _context;

    /// <summary>Creates a store whose guest gets no WASI capabilities at all.</summary>
    public ComponentStore(WasmEngine engine)
        : this(engine, wasi: null)
    {
    }

    /// <summary>Creates a store whose guest gets the WASI capabilities in <paramref name="wasi"/> (null: none).</summary>
    public ComponentStore(WasmEngine engine, WasiConfiguration? wasi)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        WasiConfiguration = (wasi ?? new WasiConfiguration()).Snapshot();
        var resources = StoreResources.Allocate(this);
        Resources = StoreResources.FromData(resources);
        nint store;
        using (var native = engine.Handle.Lease())
        {
            store = NativeMethods.wasmtime_store_new(native.Pointer, resources, StoreResources.FinalizerAddress);
        }

        if (store == 0)
        {
            StoreResources.Free(resources);
            throw new WitRuntimeException("Wasmtime could not create a store.");
        }

        Handle = new StoreHandle(store);
        _context = NativeMethods.wasmtime_store_context(store);
        try
        {
            // Always install a WASI context (empty by default) so WASI imports find one; set_wasi takes the config.
            var config = WasiConfiguration.CreateNative();
            WasmtimeError.ThrowIfError(NativeMethods.wasmtime_context_set_wasi(Context, config), "configuring WASI");
            ClearEpochDeadline();
        }
        catch
        {
            Handle.Dispose();
            throw;
        }
    }

    /// <summary>The engine of the store.</summary>
    public WasmEngine Engine { get; }

    internal StoreHandle Handle { get; }

    /// <summary>The direct backend's view of the store once made (see <see cref="Backends.Direct.CoreStore.For"/>), or null.</summary>
    internal Backends.Direct.CoreStore? DirectView;

    /// <summary>
    /// The store's <c>wasmtime_context_t*</c> (stable for the store's lifetime); throws once the store is disposed. Only
    /// checked, not kept alive: use it between <see cref="Enter"/> and <see cref="Exit"/> or while
    /// <see cref="RetainNative"/> holds the store.
    /// </summary>
    internal nint Context
    {
        get
        {
            if (Handle.IsDisposed)
            {
                ThrowDisposed();
            }

            ThrowIfInUseElsewhere("using the store");
            return _context;
        }
    }

    /// <summary>
    /// The store's context between <see cref="Enter"/> and <see cref="Exit"/>, which already made sure the store is
    /// alive and this thread's, so a call does not check both again.
    /// </summary>
    internal nint EnteredContext => _context;

    /// <summary>The store's table of host objects the guest holds handles to (its native data).</summary>
    internal StoreResources Resources { get; }

    /// <summary>
    /// The fuel left (requires <see cref="WasmEngineOptions.ConsumeFuel"/>). Execution traps when it runs out.
    /// </summary>
    public unsafe ulong Fuel
    {
        get
        {
            ulong fuel;
            Enter("reading the fuel");
            try
            {
                WasmtimeError.ThrowIfError(NativeMethods.wasmtime_context_get_fuel(_context, &fuel), "reading the fuel");
            }
            finally
            {
                Exit();
            }

            return fuel;
        }

        set
        {
            Enter("setting the fuel");
            try
            {
                WasmtimeError.ThrowIfError(NativeMethods.wasmtime_context_set_fuel(_context, value), "setting the fuel");
            }
            finally
            {
                Exit();
            }
        }
    }

    /// <summary>Traps guest code once the engine's epoch passes the current one plus <paramref name="ticksBeyondCurrent"/>.</summary>
    public void SetEpochDeadline(ulong ticksBeyondCurrent)
    {
        Enter("setting the epoch deadline");
        try
        {
            NativeMethods.wasmtime_context_set_epoch_deadline(_context, ticksBeyondCurrent);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>
    /// Frees the store and everything in it. Refused with <see cref="WitConcurrentUseException"/> while another thread
    /// is inside a call; a resource scope of another thread (see <see cref="ResourceScope"/>) keeps the native store
    /// until it ends, and only then are the guest's remaining host objects destroyed. A host function disposing the
    /// store it is called from makes every later use throw at once, and the native store is freed when the call returns.
    /// </summary>
    public void Dispose() => DisposeNative();

    /// <summary>
    /// Keeps the native store alive until <see cref="ReleaseNative"/>, even if it is disposed meanwhile (then using it
    /// throws <see cref="ObjectDisposedException"/> and the last release frees it); throws when already disposed.
    /// </summary>
    internal void RetainNative()
    {
        if (!Handle.TryAddRef())
        {
            ThrowDisposed();
        }
    }

    /// <summary>Gives back what <see cref="RetainNative"/> took.</summary>
    internal void ReleaseNative() => Handle.DangerousRelease();

    private static void ThrowDisposed() => throw new ObjectDisposedException(nameof(ComponentStore), "The store was disposed; its instances and functions are gone.");
}
