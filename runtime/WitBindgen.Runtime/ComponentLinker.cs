using System.Text;
using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Backends.Wasmtime;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>
/// Supplies a component's imports (host functions, WASI) and instantiates it. Define everything first, then
/// instantiate any number of times. Not thread-safe while defining.
/// </summary>
public sealed unsafe partial class ComponentLinker : IDisposable
{
    /// <summary>Creates an empty linker for components of <paramref name="engine"/>.</summary>
    public ComponentLinker(WasmEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        nint linker;
        using (var native = engine.Handle.Lease())
        {
            linker = NativeMethods.wasmtime_component_linker_new(native.Pointer);
        }

        if (linker == 0)
        {
            throw new WitRuntimeException("Wasmtime could not create a component linker.");
        }

        Handle = new LinkerHandle(linker);
    }

    /// <summary>The engine of the linker.</summary>
    public WasmEngine Engine { get; }

    internal LinkerHandle Handle { get; }

    /// <summary>Whether a later definition may replace an earlier one with the same name (default false: it is an error).</summary>
    public void AllowShadowing(bool allow)
    {
        using var linker = Handle.Lease();
        NativeMethods.wasmtime_component_linker_allow_shadowing(linker.Pointer, allow);
    }

    /// <summary>
    /// Adds every WASI 0.2 interface (<c>wasi:cli</c>, <c>wasi:io</c>, <c>wasi:filesystem</c>, ...). What the guest may
    /// actually reach is governed by each store's <see cref="WasiConfiguration"/> (by default: nothing).
    /// </summary>
    public void AddWasiPreview2()
    {
        using (var linker = Handle.Lease())
        {
            WasmtimeError.ThrowIfError(NativeMethods.wasmtime_component_linker_add_wasip2(linker.Pointer), "adding WASI 0.2 to the linker");
        }

        // Wasmtime's WASI serves the Wasmtime backend; the direct backend gets the runtime's own.
        Wasi.WasiDefinitions.AddTo(this);
    }

    /// <summary>Makes every import of <paramref name="component"/> that is not defined yet trap when called.</summary>
    public void DefineUnknownImportsAsTraps(WasmComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (component.Direct is { } direct)
        {
            // Its instances never use the Wasmtime linker, so its form is not compiled just for these definitions.
            DefineUnknownImportsAsTrapsDirect(direct);
            return;
        }

        using var linker = Handle.Lease();
        using var compiled = component.Handle.Lease();
        WasmtimeError.ThrowIfError(
            NativeMethods.wasmtime_component_linker_define_unknown_imports_as_traps(linker.Pointer, compiled.Pointer),
            "defining unknown imports as traps");
    }

    /// <summary>
    /// Defines the imported function <paramref name="name"/> of the imported interface <paramref name="instancePath"/>.
    /// </summary>
    /// <param name="instancePath">The imported interface, e.g. <c>example:calc/logger@1.0.0</c>; null or empty for a function imported by the world itself.</param>
    /// <param name="name">The function name as in WIT (kebab-case; <c>[method]r.m</c> etc. for resource functions).</param>
    /// <param name="callback">The implementation (see <see cref="ComponentHostFunction"/> for the ownership rules).</param>
    public void DefineFunction(string? instancePath, string name, ComponentHostFunction callback)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(callback);
        var displayName = string.IsNullOrEmpty(instancePath) ? name : instancePath + "#" + name;
        if (!_definingDirectOnly)
        {
            DefineWasmtimeFunction(instancePath, name, callback, displayName);
        }

        DefineDirect(displayName, new DirectValueFunction(declared: null, DirectHostFailure.Wrap(displayName, callback)).Invoke);
    }

    private void DefineWasmtimeFunction(string? instancePath, string name, ComponentHostFunction callback, string displayName)
    {
        using var linker = Handle.Lease();
        using var instance = new LinkerInstance(linker.Pointer, instancePath);
        var data = HostFunctionBridge.Register(new HostFunctionRegistration(callback, displayName));
        var utf8 = Encoding.UTF8.GetBytes(name);
        nint error;
        fixed (byte* text = utf8)
        {
            error = NativeMethods.wasmtime_component_linker_instance_add_func(
                instance.Target, text, (nuint)utf8.Length, HostFunctionBridge.InvokePointer, data, HostFunctionBridge.ReleasePointer);
        }

        if (error != 0)
        {
            // The registration was moved into the rejected definition, whose drop already ran the finalizer.
            throw WasmtimeError.ToException(error, $"defining the host function '{displayName}'", hostException: null);
        }
    }

    /// <summary>
    /// The linker instance a definition goes into: the root, or the instance at a WIT interface path nested in it.
    /// Disposing releases both native handles (the definitions stay in the linker).
    /// </summary>
    private readonly ref struct LinkerInstance
    {
        private readonly nint _root;
        private readonly nint _nested;

        public LinkerInstance(nint linker, string? instancePath)
        {
            _root = NativeMethods.wasmtime_component_linker_root(linker);
            if (string.IsNullOrEmpty(instancePath))
            {
                return;
            }

            try
            {
                var path = Encoding.UTF8.GetBytes(instancePath);
                nint nested;
                fixed (byte* text = path)
                {
                    WasmtimeError.ThrowIfError(
                        NativeMethods.wasmtime_component_linker_instance_add_instance(_root, text, (nuint)path.Length, &nested),
                        $"defining the instance '{instancePath}'");
                }

                _nested = nested;
            }
            catch
            {
                NativeMethods.wasmtime_component_linker_instance_delete(_root);
                throw;
            }
        }

        /// <summary>Where definitions go: the nested instance when a path was given, else the root.</summary>
        public nint Target => _nested != 0 ? _nested : _root;

        public void Dispose()
        {
            if (_nested != 0)
            {
                NativeMethods.wasmtime_component_linker_instance_delete(_nested);
            }

            NativeMethods.wasmtime_component_linker_instance_delete(_root);
        }
    }

    /// <summary>Instantiates <paramref name="component"/> in <paramref name="store"/>.</summary>
    /// <exception cref="WitRuntimeException">An import is missing or has the wrong type, or the start function failed.</exception>
    public ComponentInstance Instantiate(ComponentStore store, WasmComponent component)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(component);
        InstanceItem instance;
        store.ThrowIfPoisoned(functionName: null);
        if (component.Direct is { } direct)
        {
            return InstantiateDirect(store, component, direct);
        }

        store.WasiConfiguration.ThrowIfDirectOnly(component.BackendFallbackReason);

        // Instantiating runs guest code (start functions, which may call host functions), during which another thread
        // may dispose the linker or the component: they stay alive natively until Wasmtime is done with them.
        using var linker = Handle.Lease();
        using var compiled = component.Handle.Lease();
        var armed = store.EnterCall("instantiating a component", functionName: null);
        try
        {
            var error = NativeMethods.wasmtime_component_linker_instantiate(linker.Pointer, store.EnteredContext, compiled.Pointer, &instance);
            if (error != 0)
            {
                throw store.Classify(WasmtimeError.ToException(error, "instantiating the component", HostFunctionBridge.TakePendingException()), functionName: null);
            }
        }
        finally
        {
            store.ExitCall(armed);
        }

        return new ComponentInstance(store, new WasmtimeInstance(instance), component.BackendFallbackReason);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        DisposeDirect();
        Handle.Dispose();
    }
}
