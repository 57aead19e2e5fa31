using System.Text;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>An instantiated core module, living in (and freed with) its store.</summary>
internal sealed unsafe class CoreInstance
{
    private readonly CoreInstanceItem _instance;

    internal CoreInstance(CoreStore store, CoreInstanceItem instance, CoreModule module)
    {
        Store = store;
        _instance = instance;
        Module = module;
    }

    /// <summary>The store the instance lives in.</summary>
    public CoreStore Store { get; }

    /// <summary>The native instance.</summary>
    internal CoreInstanceItem Item => _instance;

    /// <summary>The module it was instantiated from.</summary>
    public CoreModule Module { get; }

    /// <summary>
    /// Instantiates <paramref name="module"/> with <paramref name="imports"/> given in the order of the module's imports
    /// (<c>wasmtime_instance_new</c>), running its start function. Use it for imports that belong to a store, such
    /// as another instance's memory, table or functions; <see cref="CoreInstancePre"/> is faster for the rest.
    /// </summary>
    /// <exception cref="ArgumentException">An import belongs to another store.</exception>
    /// <exception cref="WitRuntimeException">
    /// The imports do not match the module's (count or types), a store limit refused a memory or table, or the start
    /// function trapped (<see cref="WitTrapException"/>); a host function's exception is rethrown as it was thrown.
    /// </exception>
    public static CoreInstance Instantiate(CoreStore store, CoreModule module, ReadOnlySpan<CoreExternal> imports)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        var externs = new CoreExtern[imports.Length];
        for (var i = 0; i < imports.Length; i++)
        {
            var import = imports[i] ?? throw new ArgumentNullException(nameof(imports), $"Import {i} is null.");
            import.RequireStore(store, $"import {i} of a module instantiated in this store");
            externs[i] = import.ToExtern();
        }

        return InstantiateItems(store, module, externs);
    }

    /// <summary>
    /// Instantiates <paramref name="module"/> as <see cref="Instantiate(CoreStore, CoreModule, ReadOnlySpan{CoreExternal})"/>
    /// does, from native items every one of which the caller took from <paramref name="store"/> (an export of one of
    /// its instances, or a linker's definition materialized in it): Wasmtime aborts the process on a foreign item.
    /// </summary>
    /// <exception cref="ArgumentException">The module was compiled for another engine than the store's.</exception>
    internal static CoreInstance InstantiateItems(CoreStore store, CoreModule module, CoreExtern[] externs)
    {
        if (!ReferenceEquals(module.Engine, store.Engine))
        {
            throw new ArgumentException("The module was compiled for another engine than the store's.", nameof(module));
        }

        store.Store.ThrowIfPoisoned(functionName: null);
        using var compiled = module.Handle.Lease();
        var armed = store.Store.EnterCall("instantiating a core module", functionName: null);
        try
        {
            CoreInstanceItem instance;
            nint trap = 0;
            nint error;
            fixed (CoreExtern* items = externs)
            {
                error = CoreNativeMethods.wasmtime_instance_new(store.Store.EnteredContext, compiled.Pointer, items, (nuint)externs.Length, &instance, &trap);
            }

            if (error != 0 || trap != 0)
            {
                throw store.FailInstantiation(error, trap);
            }

            return new CoreInstance(store, instance, module);
        }
        finally
        {
            store.Store.ExitCall(armed);
        }
    }

    /// <summary>
    /// The exported function <paramref name="name"/>, or null when there is none (or the export is something else);
    /// its failures name it <paramref name="displayName"/> when given (e.g. the component function it implements).
    /// </summary>
    public CoreFunction? GetFunction(string name, string? displayName = null) =>
        TryGetExport(name, CoreExternKind.Func, out var item) ? CoreFunction.Create(Store, item.Func, displayName ?? name) : null;

    /// <summary>The exported memory <paramref name="name"/>, or null.</summary>
    public CoreMemory? GetMemory(string name) =>
        TryGetExport(name, CoreExternKind.Memory, out var item) ? new CoreMemory(Store, item.Memory, name) : null;

    /// <summary>The exported table <paramref name="name"/>, or null.</summary>
    public CoreTable? GetTable(string name) =>
        TryGetExport(name, CoreExternKind.Table, out var item) ? new CoreTable(Store, item.Table, name) : null;

    /// <summary>The exported global <paramref name="name"/>, or null.</summary>
    public CoreGlobal? GetGlobal(string name) =>
        TryGetExport(name, CoreExternKind.Global, out var item) ? new CoreGlobal(Store, item.Global, name) : null;

    /// <summary>The export <paramref name="name"/> whatever its kind (function, memory, table or global), or null.</summary>
    public CoreExternal? GetExport(string name)
    {
        if (!TryGetExport(name, kind: null, out var item))
        {
            return null;
        }

        return item.Kind switch
        {
            CoreExternKind.Func => CoreFunction.Create(Store, item.Func, name),
            CoreExternKind.Memory => new CoreMemory(Store, item.Memory, name),
            CoreExternKind.Table => new CoreTable(Store, item.Table, name),
            CoreExternKind.Global => new CoreGlobal(Store, item.Global, name),
            _ => throw new NotSupportedException($"The export '{name}' is a {item.Kind}, which the direct backend does not use."),
        };
    }

    /// <summary>The native item exported as <paramref name="name"/> (UTF-8), whatever its kind; false when there is none.</summary>
    private bool TryGetExtern(ReadOnlySpan<byte> name, out CoreExtern item)
    {
        var instance = _instance;
        CoreExtern found;
        bool exists;
        using var entered = Store.Enter("looking up an export");
        fixed (byte* text = name)
        {
            exists = CoreNativeMethods.wasmtime_instance_export_get(entered.Context, &instance, text, (nuint)name.Length, &found);
        }

        item = found;
        return exists;
    }

    private bool TryGetExport(string name, CoreExternKind? kind, out CoreExtern item)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGetExtern(Encoding.UTF8.GetBytes(name), out item) && (kind is null || item.Kind == kind);
    }
}
