using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Backends.Wasmtime;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>Which backend runs the component, and its form for each.</summary>
public sealed partial class WasmComponent
{
    private readonly object _compileGate = new();

    // The component's binary, kept while the direct form runs it, to compile the Wasmtime form only if it is needed.
    private readonly byte[]? _bytes;
    private ComponentHandle? _handle;
    private volatile bool _disposed;

    private WasmComponent(WasmEngine engine, DirectComponent direct, byte[] bytes)
    {
        Engine = engine;
        Direct = direct;
        _bytes = bytes;
        Backend = ComponentBackend.Direct;

        // The direct form compiles core modules, each through the cache: "hit" only when none was compiled.
        CacheOutcome = direct.Modules.Select(m => m.CacheOutcome).Max();
    }

    /// <summary>
    /// The backend the component's instances run on: <see cref="ComponentBackend.Direct"/> or
    /// <see cref="ComponentBackend.Wasmtime"/>, never <see cref="ComponentBackend.Auto"/>, as chosen by
    /// <see cref="WasmEngineOptions.Backend"/> when the component was loaded.
    /// </summary>
    public ComponentBackend Backend { get; }

    /// <summary>
    /// Why <see cref="ComponentBackend.Auto"/> runs the component on the Wasmtime backend (what it needs that the direct
    /// backend lacks, e.g. <c>The component imports wasi:cli/environment@0.2.0; WASI is not available on the direct
    /// backend yet.</c>), or null when it was not a fallback.
    /// </summary>
    public string? BackendFallbackReason { get; private set; }

    /// <summary>The direct backend's form, or null when the component runs on the Wasmtime backend.</summary>
    internal DirectComponent? Direct { get; }

    /// <summary>
    /// The Wasmtime form: compiled at load for the Wasmtime backend, or on first use for a component the direct backend
    /// runs (only APIs that need Wasmtime's form ask for it, such as <see cref="Serialize"/>).
    /// </summary>
    internal ComponentHandle Handle
    {
        get
        {
            if (_handle is { } handle)
            {
                return handle;
            }

            lock (_compileGate)
            {
                ThrowIfDisposed();
                return _handle ??= CompileCached(Engine, _bytes).TakeHandle();
            }
        }
    }

    /// <summary>Refuses to use a disposed component, as leasing the Wasmtime form's handle does.</summary>
    /// <exception cref="ObjectDisposedException">The component was disposed.</exception>
    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>The Wasmtime form of a component compiled for it, which this object no longer disposes.</summary>
    private ComponentHandle TakeHandle()
    {
        var handle = _handle!;
        _handle = null;
        return handle;
    }
}
