namespace WitBindgen.Runtime.Wasi;

/// <summary>
/// The WASI state of one <see cref="ComponentStore"/> on the direct backend: the store's copy of its
/// <see cref="WasiConfiguration"/> and whatever state each WASI package keeps per store (open streams, the
/// preopened directories, a seeded random source). Created on the first WASI call of the store
/// (<see cref="ComponentStore.Wasi"/>); used, like its store, from one thread at a time.
/// </summary>
/// <remarks>
/// The implementations of the generated WASI interfaces are stateless and shared by every linker: each call finds
/// its store's context through <see cref="Current"/>, and a package keeps its state in <see cref="GetState{T}"/>.
/// </remarks>
internal sealed class WasiContext
{
    private readonly Dictionary<Type, object> _states = [];

    /// <summary>Creates the context of <paramref name="store"/> from the store's copy of its configuration.</summary>
    internal WasiContext(ComponentStore store, WasiConfiguration configuration)
    {
        Store = store;
        Configuration = configuration;
    }

    /// <summary>The store this context belongs to.</summary>
    public ComponentStore Store { get; }

    /// <summary>The store's copy of its WASI configuration (never changed after the store was created).</summary>
    public WasiConfiguration Configuration { get; }

    /// <summary>The context of the store whose guest is calling the current host function.</summary>
    /// <exception cref="InvalidOperationException">No host function of a store is running on this thread.</exception>
    public static WasiContext Current => ResourceScope.Store.Wasi;

    /// <summary>
    /// The state of type <typeparamref name="T"/> of this store, made by <paramref name="create"/> the first time
    /// it is asked for. One state per type: each package keys its state by a type of its own.
    /// </summary>
    public T GetState<T>(Func<WasiContext, T> create)
        where T : class
    {
        if (!_states.TryGetValue(typeof(T), out var state))
        {
            state = create(this);
            _states.Add(typeof(T), state);
        }

        return (T)state;
    }
}
