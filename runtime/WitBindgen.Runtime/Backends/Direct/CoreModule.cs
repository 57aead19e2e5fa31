using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A compiled core WebAssembly module. Immutable and thread-safe. Obtained through <see cref="FromBytes"/>, which
/// compiles a module once per engine (a module shared by many components, such as the WASI adapter, is compiled
/// once) and keeps the compiled code in the engine's <see cref="ComponentCache"/> on disk, keyed by content.
/// The native module is freed when the last reference to this object is gone (it is shared, so never disposed).
/// </summary>
internal sealed unsafe class CoreModule : ICompiledArtifact<CoreModule>
{
    private const string CacheKind = "witbindgen-core-module-cache/1";

    private CoreModule(WasmEngine engine, nint module)
    {
        Engine = engine;
        Handle = new ModuleHandle(module);
    }

    /// <summary>The engine the module was compiled for.</summary>
    public WasmEngine Engine { get; }

    /// <summary>What the disk cache did when the module was first loaded in this engine, or null without a cache.</summary>
    public ComponentCacheOutcome? CacheOutcome { get; private set; }

    /// <inheritdoc />
    ComponentCacheOutcome? ICompiledArtifact<CoreModule>.CacheOutcome
    {
        set => CacheOutcome = value;
    }

    internal ModuleHandle Handle { get; }

    /// <summary>
    /// The engine's module for <paramref name="bytes"/>: the one already loaded in this engine when there is one,
    /// else loaded from the disk cache or compiled (and stored there).
    /// </summary>
    /// <exception cref="WitRuntimeException">The bytes are not a valid core module.</exception>
    public static CoreModule FromBytes(WasmEngine engine, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var key = ComponentCache.ComputeKey(CacheKind, bytes, engine.Options);
        return CoreModuleTable.For(engine).GetOrAdd(engine, key, bytes, static (engine, key, bytes) =>
            engine.Cache is { } cache ? cache.GetOrCompile<CoreModule>(engine, bytes, key) : Compile(engine, bytes));
    }

    /// <summary>A module written in the WebAssembly text format (see <see cref="FromBytes"/>).</summary>
    /// <exception cref="WitRuntimeException">The text does not parse or is not a valid module.</exception>
    public static CoreModule FromWat(WasmEngine engine, string wat)
    {
        return WatText.ToBinary(wat, wasm => FromBytes(engine, wasm));
    }

    /// <summary>Compiles without consulting any cache.</summary>
    public static CoreModule Compile(WasmEngine engine, ReadOnlySpan<byte> bytes)
    {
        nint module;
        using var native = engine.Handle.Lease();
        fixed (byte* data = bytes)
        {
            WasmtimeError.ThrowIfError(CoreNativeMethods.wasmtime_module_new(native.Pointer, data, (nuint)bytes.Length, &module), "compiling a core module");
        }

        return new CoreModule(engine, module);
    }

    /// <summary>Loads a module <see cref="Serialize"/> produced. Trusted bytes only: the artifact is native code.</summary>
    public static CoreModule Deserialize(WasmEngine engine, ReadOnlySpan<byte> serialized)
    {
        nint module;
        using var native = engine.Handle.Lease();
        fixed (byte* data = serialized)
        {
            WasmtimeError.ThrowIfError(
                CoreNativeMethods.wasmtime_module_deserialize(native.Pointer, data, (nuint)serialized.Length, &module),
                "deserializing a core module");
        }

        return new CoreModule(engine, module);
    }

    /// <summary>The compiled artifact, loadable with <see cref="Deserialize"/>.</summary>
    public byte[] Serialize()
    {
        var bytes = default(WasmByteVec);
        using (var module = Handle.Lease())
        {
            WasmtimeError.ThrowIfError(CoreNativeMethods.wasmtime_module_serialize(module.Pointer, &bytes), "serializing a core module");
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
}
