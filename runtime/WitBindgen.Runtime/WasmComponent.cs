using System.Text;
using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Backends.Wasmtime;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>
/// A compiled component. Immutable and thread-safe; instantiate it any number of times with
/// <see cref="ComponentLinker.Instantiate"/>.
/// </summary>
public sealed unsafe partial class WasmComponent : IDisposable, ICompiledArtifact<WasmComponent>
{
    private WasmComponent(WasmEngine engine, nint component)
    {
        Engine = engine;
        _handle = new ComponentHandle(component);
        Backend = ComponentBackend.Wasmtime;
    }

    /// <summary>The engine the component was compiled for.</summary>
    public WasmEngine Engine { get; }

    /// <summary>
    /// Compiles a component from its binary encoding, or loads it from the engine's compiled-component cache
    /// (<see cref="WasmEngine.Cache"/>, see <see cref="CacheOutcome"/>), for the backend
    /// <see cref="WasmEngineOptions.Backend"/> chooses (see <see cref="Backend"/>).
    /// </summary>
    /// <exception cref="WitRuntimeException">
    /// The bytes are not a valid component, or the engine's backend is <see cref="ComponentBackend.Direct"/> and the
    /// component needs what that backend lacks (the message names it).
    /// </exception>
    public static WasmComponent FromBytes(WasmEngine engine, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var backend = engine.Backend;
        if (backend == ComponentBackend.Wasmtime)
        {
            return CompileCached(engine, bytes);
        }

        var copy = bytes.ToArray();
        if (DirectComponent.TryLoad(engine, copy, out var reason) is { } direct)
        {
            return new WasmComponent(engine, direct, copy);
        }

        if (backend == ComponentBackend.Direct)
        {
            throw new WitRuntimeException(
                $"{reason!.TrimEnd('.')} (the engine's backend is {nameof(ComponentBackend.Direct)}; {nameof(ComponentBackend.Auto)} would run the component on the Wasmtime backend).");
        }

        var fallback = CompileCached(engine, bytes);
        fallback.BackendFallbackReason = reason;
        return fallback;
    }

    /// <summary>Compiles the Wasmtime form, through the engine's cache when it has one.</summary>
    private static WasmComponent CompileCached(WasmEngine engine, ReadOnlySpan<byte> bytes) =>
        engine.Cache is { } cache ? cache.GetOrCompile(engine, bytes) : Compile(engine, bytes);

    /// <summary>Compiles without consulting any cache.</summary>
    internal static WasmComponent Compile(WasmEngine engine, ReadOnlySpan<byte> bytes)
    {
        nint component;
        using var native = engine.Handle.Lease();
        fixed (byte* data = bytes)
        {
            WasmtimeError.ThrowIfError(
                NativeMethods.wasmtime_component_new(native.Pointer, data, (nuint)bytes.Length, &component),
                "compiling a component");
        }

        return new WasmComponent(engine, component);
    }

    /// <summary>Compiles a component from a <c>.wasm</c> file (or a <c>.wat</c> file, by extension).</summary>
    public static WasmComponent FromFile(WasmEngine engine, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".wat", StringComparison.OrdinalIgnoreCase)
            ? FromWat(engine, File.ReadAllText(path))
            : FromBytes(engine, File.ReadAllBytes(path));
    }

    /// <summary>
    /// Compiles a component written in the WebAssembly text format (via <c>wasmtime_wat2wasm</c>). Component index
    /// references must use the strict syntax, e.g. <c>(memory (core memory $i "mem"))</c> and
    /// <c>(realloc (core func $i "realloc"))</c>.
    /// </summary>
    /// <exception cref="WitRuntimeException">The text does not parse or is not a valid component.</exception>
    public static WasmComponent FromWat(WasmEngine engine, string wat)
    {
        return WatText.ToBinary(wat, wasm => FromBytes(engine, wasm), WithoutLegacyIndexHint);
    }

    /// <summary>
    /// Loads a component previously produced by <see cref="Serialize"/> with a compatible engine. Only pass
    /// trusted bytes: the artifact is native code and is not validated. The artifact is Wasmtime's compiled form,
    /// so the component runs on the Wasmtime backend whatever <see cref="WasmEngineOptions.Backend"/> says.
    /// </summary>
    public static WasmComponent Deserialize(WasmEngine engine, ReadOnlySpan<byte> serialized)
    {
        ArgumentNullException.ThrowIfNull(engine);
        nint component;
        using var native = engine.Handle.Lease();
        fixed (byte* data = serialized)
        {
            WasmtimeError.ThrowIfError(
                NativeMethods.wasmtime_component_deserialize(native.Pointer, data, (nuint)serialized.Length, &component),
                "deserializing a component");
        }

        return new WasmComponent(engine, component);
    }

    /// <summary>
    /// The compiled artifact, loadable with <see cref="Deserialize"/> to skip compilation: Wasmtime's compiled form,
    /// compiled now if the component runs on the direct backend.
    /// </summary>
    public byte[] Serialize()
    {
        var bytes = default(WasmByteVec);
        using (var component = Handle.Lease())
        {
            WasmtimeError.ThrowIfError(NativeMethods.wasmtime_component_serialize(component.Pointer, &bytes), "serializing a component");
        }

        try
        {
            return bytes.AsSpan().ToArray();
        }
        finally
        {
            NativeMethods.wasm_byte_vec_delete(&bytes);
        }
    }

    /// <summary>
    /// Resolves an exported function once per component, for fast lookups in every instance
    /// (<see cref="ComponentInstance.GetFunction(ComponentExportIndex)"/>).
    /// </summary>
    /// <param name="interfaceName">The exported interface (e.g. <c>docs:adder/add@0.1.0</c>), or null for a function exported by the world itself.</param>
    /// <param name="functionName">The function name inside the interface (e.g. <c>add</c>, <c>[method]res.m</c>).</param>
    /// <returns>The index, or null when the component has no such export.</returns>
    public ComponentExportIndex? GetExportIndex(string? interfaceName, string functionName)
    {
        ArgumentNullException.ThrowIfNull(functionName);
        if (Direct is { } direct)
        {
            ThrowIfDisposed();
            return direct.Plan.FindLiftedFunction(interfaceName, functionName) is null
                ? null
                : new ComponentExportIndex(handle: null, interfaceName, functionName);
        }

        using var lease = Handle.Lease();
        var component = lease.Pointer;
        nint parent = 0;
        try
        {
            if (interfaceName is not null)
            {
                parent = Lookup(component, 0, interfaceName);
                if (parent == 0)
                {
                    return null;
                }
            }

            var index = Lookup(component, parent, functionName);
            return index == 0 ? null : new ComponentExportIndex(new ExportIndexHandle(index), interfaceName, functionName);
        }
        finally
        {
            if (parent != 0)
            {
                NativeMethods.wasmtime_component_export_index_delete(parent);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _handle?.Dispose();
    }

    /// <summary>
    /// Drops Wasmtime's advice to set <c>WAST_STRICT_COMPONENT_INDICES=0</c>, which a running process cannot follow:
    /// the parser reads that variable once per process, the first time it meets the legacy syntax, from the native
    /// environment (which <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not change on Unix).
    /// </summary>
    private static WitRuntimeException WithoutLegacyIndexHint(WitRuntimeException error)
    {
        const string Hint = " (or set WAST_STRICT_COMPONENT_INDICES=0 to accept the legacy syntax)";
        return error.Message.Contains(Hint, StringComparison.Ordinal)
            ? new WitRuntimeException(error.Message.Replace(Hint, " (component text must use the strict index syntax)", StringComparison.Ordinal))
            : error;
    }

    private static nint Lookup(nint component, nint parent, string name)
    {
        var utf8 = Encoding.UTF8.GetBytes(name);
        fixed (byte* text = utf8)
        {
            return NativeMethods.wasmtime_component_get_export_index(component, parent, text, (nuint)utf8.Length);
        }
    }
}
