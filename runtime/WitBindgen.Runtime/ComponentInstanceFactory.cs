namespace WitBindgen.Runtime;

/// <summary>
/// Makes fresh instances of one compiled component, each in its own store: one instance per request (a server), or
/// a replacement after a trap poisoned an instance. Thread-safe: any number of threads may call <see cref="Create"/>
/// at once; each returned <see cref="ComponentInstanceLease"/> then belongs to one thread at a time. Pair it with
/// <see cref="WasmEngineOptions.PoolingAllocator"/> to make instantiation cheap (pre-reserved, reused memory slots).
/// </summary>
public sealed class ComponentInstanceFactory
{
    private readonly ComponentInstanceFactoryOptions _options;

    /// <summary>Creates a factory for <paramref name="component"/> linked by <paramref name="linker"/> (fully defined already).</summary>
    public ComponentInstanceFactory(ComponentLinker linker, WasmComponent component, ComponentInstanceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(linker);
        ArgumentNullException.ThrowIfNull(component);
        if (linker.Engine != component.Engine)
        {
            throw new ArgumentException("The linker and the component belong to different engines.", nameof(component));
        }

        Linker = linker;
        Component = component;
        _options = options ?? new ComponentInstanceFactoryOptions();
    }

    /// <summary>The linker every instance is made with.</summary>
    public ComponentLinker Linker { get; }

    /// <summary>The compiled component.</summary>
    public WasmComponent Component { get; }

    /// <summary>A new store (with the factory's WASI grants, limits, fuel and timeout) and an instance in it.</summary>
    /// <exception cref="WitRuntimeException">Instantiation failed (including a breached limit).</exception>
    public ComponentInstanceLease Create()
    {
        var store = new ComponentStore(Component.Engine, _options.Wasi?.Invoke());
        try
        {
            if (_options.Limits is { } limits)
            {
                store.Limits = limits;
            }

            if (_options.Fuel is { } fuel)
            {
                store.Fuel = fuel;
            }

            store.CallTimeout = _options.CallTimeout;
            return new ComponentInstanceLease(store, Linker.Instantiate(store, Component));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
