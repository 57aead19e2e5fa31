using System.Text;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// Store-independent definitions for core modules' imports: host functions as unchecked trampolines. Define
/// everything first, then pre-link modules (<see cref="InstantiatePre"/>) or hand single definitions to
/// <see cref="CoreInstance.Instantiate"/> (<see cref="GetFunction"/>). Not thread-safe while defining.
/// </summary>
internal sealed unsafe class CoreLinker : IDisposable
{
    /// <summary>Creates an empty linker for modules of <paramref name="engine"/>.</summary>
    public CoreLinker(WasmEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        nint linker;
        using (var native = engine.Handle.Lease())
        {
            linker = CoreNativeMethods.wasmtime_linker_new(native.Pointer);
        }

        if (linker == 0)
        {
            throw new WitRuntimeException("Wasmtime could not create a core linker.");
        }

        Handle = new CoreLinkerHandle(linker);
    }

    /// <summary>The engine of the linker.</summary>
    public WasmEngine Engine { get; }

    internal CoreLinkerHandle Handle { get; }

    /// <summary>
    /// Defines the import <paramref name="module"/>.<paramref name="name"/> as a host function of signature
    /// <paramref name="type"/>, called through an unchecked trampoline (see <see cref="CoreHostFunction"/>).
    /// </summary>
    /// <exception cref="WitRuntimeException">The name is already defined.</exception>
    public void DefineFunction(string module, string name, CoreFuncType type, CoreHostFunction callback)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(callback);
        var displayName = module + "." + name;
        var moduleUtf8 = Encoding.UTF8.GetBytes(module);
        var nameUtf8 = Encoding.UTF8.GetBytes(name);
        using var linker = Handle.Lease();
        var functype = type.CreateNative();
        try
        {
            var data = CoreHostBridge.Register(new CoreHostRegistration(callback, displayName));
            nint error;
            fixed (byte* moduleText = moduleUtf8)
            fixed (byte* nameText = nameUtf8)
            {
                error = CoreNativeMethods.wasmtime_linker_define_func_unchecked(
                    linker.Pointer, moduleText, (nuint)moduleUtf8.Length, nameText, (nuint)nameUtf8.Length, functype,
                    CoreHostBridge.InvokePointer, data, CoreHostBridge.ReleasePointer);
            }

            // On failure the definition was dropped, which already ran the finalizer that frees the registration.
            WasmtimeError.ThrowIfError(error, $"defining the host function '{displayName}'");
        }
        finally
        {
            CoreNativeMethods.wasm_functype_delete(functype);
        }
    }

    /// <summary>Resolves every import of <paramref name="module"/> against this linker's definitions, once for all stores.</summary>
    /// <exception cref="WitRuntimeException">An import is not defined or has another type (the message names it).</exception>
    public CoreInstancePre InstantiatePre(CoreModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (!ReferenceEquals(module.Engine, Engine))
        {
            throw new ArgumentException("The module was compiled for another engine than the linker's.", nameof(module));
        }

        using var linker = Handle.Lease();
        using var compiled = module.Handle.Lease();
        nint pre;
        WasmtimeError.ThrowIfError(CoreNativeMethods.wasmtime_linker_instantiate_pre(linker.Pointer, compiled.Pointer, &pre), "pre-linking a core module");
        return new CoreInstancePre(module, new InstancePreHandle(pre));
    }

    /// <summary>
    /// The host function <paramref name="module"/>.<paramref name="name"/> as a function of <paramref name="store"/>,
    /// to pass among explicit imports; null when it is not defined.
    /// </summary>
    public CoreFunction? GetFunction(CoreStore store, string module, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        if (!ReferenceEquals(store.Engine, Engine))
        {
            throw new ArgumentException("The store belongs to another engine than the linker.", nameof(store));
        }

        return TryGetExtern(store, Encoding.UTF8.GetBytes(module), Encoding.UTF8.GetBytes(name), out var item) && item.Kind == CoreExternKind.Func
            ? CoreFunction.Create(store, item.Func, module + "." + name)
            : null;
    }

    /// <summary>
    /// The definition <paramref name="module"/>.<paramref name="name"/> (UTF-8) materialized in <paramref name="store"/>
    /// as a native item, whatever its kind; false when it is not defined. The store must belong to the linker's engine.
    /// </summary>
    internal bool TryGetExtern(CoreStore store, ReadOnlySpan<byte> module, ReadOnlySpan<byte> name, out CoreExtern item)
    {
        using var linker = Handle.Lease();
        using var entered = store.Enter("looking up a host function");
        CoreExtern found;
        bool exists;
        fixed (byte* moduleText = module)
        fixed (byte* nameText = name)
        {
            exists = CoreNativeMethods.wasmtime_linker_get(
                linker.Pointer, entered.Context, moduleText, (nuint)module.Length, nameText, (nuint)name.Length, &found);
        }

        item = found;
        return exists;
    }

    /// <inheritdoc />
    public void Dispose() => Handle.Dispose();
}
