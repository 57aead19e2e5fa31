using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>
/// A resource type the host defines (a WIT resource of an imported interface): its values are .NET objects the
/// guest holds handles to. Define it in a linker with <see cref="ComponentLinker.DefineResource"/>.
/// </summary>
/// <remarks>
/// <para>Each instance is a distinct component-model type (Wasmtime keeps guests from mixing them up); create one
/// per WIT resource and reuse it for every linker and store.</para>
/// <para>When the guest drops its last <c>own</c> handle to an object (WIT <c>[resource-drop]</c>), the destructor
/// runs with the object: by default it calls <see cref="IDisposable.Dispose"/> when the object implements it. Objects
/// the guest still holds when its store is disposed are destroyed the same way then.</para>
/// </remarks>
public sealed unsafe class HostResourceType
{
    private static readonly Dictionary<uint, WeakReference<HostResourceType>> ById = new();
    private static int lastId;
    private readonly Action<object>? _destructor;

    /// <summary>Creates a resource type.</summary>
    /// <param name="name">The WIT name, for messages (<c>y</c>, or <c>ns:pkg/iface#y</c>).</param>
    /// <param name="destructor">Runs when the guest drops its last handle; null disposes <see cref="IDisposable"/> objects.</param>
    public HostResourceType(string name, Action<object>? destructor = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Id = (uint)Interlocked.Increment(ref lastId);
        _destructor = destructor;
        lock (ById)
        {
            // The direct backend finds a handle's type by its id; types nobody references any more are pruned now and then.
            if (ById.Count >= 1024 && (ById.Count & (ById.Count - 1)) == 0)
            {
                foreach (var dead in ById.Where(entry => !entry.Value.TryGetTarget(out _)).Select(entry => entry.Key).ToList())
                {
                    ById.Remove(dead);
                }
            }

            ById[Id] = new WeakReference<HostResourceType>(this);
        }
    }

    /// <summary>The WIT name, for messages.</summary>
    public string Name { get; }

    /// <summary>The 32-bit type tag Wasmtime carries with every handle of this type (unique in the process).</summary>
    public uint Id { get; }

    /// <summary>
    /// Lowers <paramref name="value"/> into a resource value for the guest of the current <see cref="ResourceScope"/>:
    /// <c>own</c> hands the guest a handle it must drop (the destructor runs then), <c>borrow</c> lends it for the
    /// call only.
    /// </summary>
    /// <param name="value">The host object.</param>
    /// <param name="owned">WIT <c>own</c> (true) or <c>borrow</c> (false).</param>
    /// <param name="where">The function and parameter, for messages.</param>
    /// <returns>An owned <see cref="ComponentVal"/> of kind <see cref="ComponentValKind.Resource"/>.</returns>
    public ComponentVal Lower(object value, bool owned, string where)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value), $"A `{Name}` handle cannot be null ({where}).");
        }

        var frame = ResourceScope.Current;
        var resources = frame.Resources;
        var rep = resources.Add(value, this, owned);
        if (!owned)
        {
            frame.TrackLent(rep);
        }

        var host = NativeMethods.wasmtime_component_resource_host_new(owned, rep, Id);
        nint any = 0;
        nint error;
        try
        {
            error = NativeMethods.wasmtime_component_resource_host_to_any(frame.Context, host, &any);
        }
        finally
        {
            NativeMethods.wasmtime_component_resource_host_delete(host);
        }

        if (error != 0)
        {
            if (owned)
            {
                resources.Release(rep, this, where);
            }

            throw WasmtimeError.ToException(error, $"passing a `{Name}` ({where})", hostException: null);
        }

        if (owned)
        {
            frame.TrackOwned(rep, this);
        }

        return ComponentVal.FromResourcePointer(any);
    }

    /// <summary>
    /// Lifts a handle of this type the guest passed: a <c>borrow</c> resolves to the object; an <c>own</c> also gives
    /// the guest's handle up (the host owns the object again; no destructor runs for that handle).
    /// </summary>
    /// <param name="value">A value of kind <see cref="ComponentValKind.Resource"/>; not released.</param>
    /// <param name="where">The function and parameter, for messages.</param>
    /// <returns>The host object.</returns>
    public object Lift(in ComponentVal value, string where)
    {
        var frame = ResourceScope.Current;
        var any = value.GetResourcePointer();
        nint host = 0;
        var error = NativeMethods.wasmtime_component_resource_any_to_host(frame.Context, any, &host);
        if (error != 0)
        {
            throw WasmtimeError.ToException(error, $"receiving a `{Name}` ({where})", hostException: null);
        }

        try
        {
            var type = NativeMethods.wasmtime_component_resource_host_type(host);
            if (type != Id)
            {
                throw new WitRuntimeException($"Expected a `{Name}` handle ({where}) but the guest passed another resource type.");
            }

            var rep = NativeMethods.wasmtime_component_resource_host_rep(host);
            return NativeMethods.wasmtime_component_resource_host_owned(host)
                ? frame.Resources.Release(rep, this, where).Value
                : frame.Resources.Get(rep, this, where);
        }
        finally
        {
            NativeMethods.wasmtime_component_resource_host_delete(host);
        }
    }

    /// <summary>Typed <see cref="Lift"/>: throws <see cref="WitRuntimeException"/> when the object is not a <typeparamref name="T"/>.</summary>
    public T Lift<T>(in ComponentVal value, string where)
        where T : class =>
        Lift(value, where) as T
        ?? throw new WitRuntimeException($"The host object behind a `{Name}` handle ({where}) is not a {typeof(T).FullName}.");

    /// <summary>The live resource type whose <see cref="Id"/> is <paramref name="id"/>, or null.</summary>
    internal static HostResourceType? FromId(uint id)
    {
        lock (ById)
        {
            return ById.TryGetValue(id, out var type) && type.TryGetTarget(out var live) ? live : null;
        }
    }

    /// <summary>Runs the destructor.</summary>
    internal void Destroy(object value)
    {
        if (_destructor is not null)
        {
            _destructor(value);
        }
        else if (value is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
