using WitBindgen.Runtime.Backends.Wasmtime;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>
/// A handle the host holds to a resource it does not implement itself: one the guest exports (WIT
/// <c>export</c>ed resources), or one Wasmtime's WASI provides. Generated bindings wrap it in a typed class.
/// </summary>
/// <remarks>
/// <para><b>own</b> (<see cref="IsOwned"/>): the host must give it back. <see cref="Dispose"/> drops it in the guest
/// (the guest's destructor runs); passing it to the guest as an <c>own</c> parameter moves it there, after which
/// this object is disposed.</para>
/// <para><b>borrow</b>: received by a host function for the duration of that call only; it stops working when the
/// call returns (using it then throws <see cref="WitRuntimeException"/> naming the function).</para>
/// <para>A forgotten own handle is not dropped in the guest until its store is disposed; its host memory is released
/// by finalization. Not thread-safe, like its store.</para>
/// </remarks>
public sealed unsafe class ComponentResource : IDisposable
{
    private readonly ResourceAnyHandle _handle;
    private string? _state;

    private ComponentResource(ComponentStore store, ResourceAnyHandle handle, bool owned)
    {
        Store = store;
        _handle = handle;
        IsOwned = owned;
    }

    /// <summary>The store the resource lives in.</summary>
    public ComponentStore Store { get; }

    /// <summary>Whether this is an <c>own</c> handle (true) or a <c>borrow</c> (false).</summary>
    public bool IsOwned { get; }

    /// <summary>Whether the handle no longer works (disposed, moved to the guest, or a borrow whose call returned).</summary>
    public bool IsDisposed => _state is not null;

    /// <summary>
    /// Lifts a resource value the guest passed or returned, in the current <see cref="ResourceScope"/>. The value is
    /// not released (it keeps its own copy of the handle). A borrow is tied to the scope: it expires when the scope ends.
    /// </summary>
    /// <param name="value">A value of kind <see cref="ComponentValKind.Resource"/>.</param>
    /// <param name="where">The function and parameter, for messages.</param>
    public static ComponentResource Lift(in ComponentVal value, string where)
    {
        if (!value.IsResource)
        {
            throw new WitRuntimeException($"Expected a resource handle ({where}) but got a {value.Kind}.");
        }

        var frame = ResourceScope.Current;
        var store = frame.Store ?? throw new ObjectDisposedException(nameof(ComponentStore));
        var pointer = value.GetResourcePointer();
        var owned = NativeMethods.wasmtime_component_resource_any_owned(pointer);
        var resource = new ComponentResource(store, new ResourceAnyHandle(NativeMethods.wasmtime_component_resource_any_clone(pointer)), owned);
        if (!owned)
        {
            frame.TrackBorrow(resource);
        }

        return resource;
    }

    /// <summary>
    /// Lowers this handle as an <c>own</c> argument: ownership moves to the guest and this object is disposed.
    /// </summary>
    /// <param name="where">The function and parameter, for messages.</param>
    /// <returns>An owned <see cref="ComponentVal"/> to pass as an argument.</returns>
    public ComponentVal LowerOwn(string where)
    {
        ThrowIfUnusable(where);
        if (!IsOwned)
        {
            throw new WitRuntimeException($"A borrowed resource cannot be passed as `own` ({where}).");
        }

        _state = $"its ownership moved to the guest ({where})";
        return ComponentVal.FromResourcePointer(_handle.Detach());
    }

    /// <summary>Lowers this handle as a <c>borrow</c> argument (this object keeps it).</summary>
    /// <param name="where">The function and parameter, for messages.</param>
    /// <returns>An owned <see cref="ComponentVal"/> (a copy of the handle) to pass as an argument.</returns>
    public ComponentVal LowerBorrow(string where)
    {
        ThrowIfUnusable(where);
        return ComponentVal.FromResourcePointer(NativeMethods.wasmtime_component_resource_any_clone(_handle.DangerousGetHandle()));
    }

    /// <summary>Throws when the handle no longer works (see <see cref="IsDisposed"/>).</summary>
    /// <param name="where">What the handle was about to be used for, for messages.</param>
    public void ThrowIfUnusable(string where)
    {
        if (_state is null)
        {
            ThrowIfForeign(where);
            return;
        }

        if (_state.StartsWith("borrow", StringComparison.Ordinal))
        {
            throw new WitRuntimeException($"A resource {_state} returned: a borrow is valid only during the call it was passed to ({where}).");
        }

        throw new ObjectDisposedException(nameof(ComponentResource), $"The resource handle cannot be used ({where}): {_state}.");
    }

    /// <summary>
    /// Drops an <c>own</c> handle in the guest (running the guest's destructor) and releases the host memory; a
    /// borrow only releases host memory. A second call does nothing.
    /// </summary>
    /// <exception cref="WitRuntimeException">
    /// The guest's destructor failed or trapped, or ran past the store's <see cref="ComponentStore.CallTimeout"/> (the
    /// handle is released anyway; a trap poisons the store, after which dropping fails with Wasmtime's refusal).
    /// </exception>
    public void Dispose()
    {
        if (_state is not null)
        {
            return;
        }

        _state = "it was disposed";
        try
        {
            if (IsOwned && !Store.Handle.IsDisposed)
            {
                Drop();
            }
        }
        finally
        {
            _handle.Dispose();
        }
    }

    // The guest's destructor is guest code: it runs like a call, under the store's thread check, timeout and
    // cancellation, and a trap in it poisons the store.
    private void Drop()
    {
        const string name = "[resource-drop]";
        var armed = Store.EnterCall("dropping a resource", name);
        try
        {
            var error = NativeMethods.wasmtime_component_resource_any_drop(Store.EnteredContext, _handle.DangerousGetHandle());
            if (error != 0)
            {
                var failure = WasmtimeError.ToException(error, "dropping a resource", HostFunctionBridge.TakePendingException(), name);
                var classified = Store.FailDrop(failure, name);

                // On a store an earlier trap poisoned, Wasmtime's own refusal already says why.
                throw classified is WitInstancePoisonedException ? failure : classified;
            }
        }
        finally
        {
            Store.ExitCall(armed);
        }
    }

    // A handle indexes its own store's tables: passed into another store's call it would be refused by Wasmtime
    // only as "mismatched resource types", and an own handle would already have been given up.
    private void ThrowIfForeign(string where)
    {
        if (ResourceScope.IsActive && ResourceScope.Current.Store is { } current && !ReferenceEquals(current, Store))
        {
            throw new WitRuntimeException($"The resource handle belongs to another store than the call it is passed to ({where}).");
        }
    }

    /// <summary>Ends a borrow when the call that lent it returns.</summary>
    internal void Expire(string functionName)
    {
        if (_state is null)
        {
            _state = $"borrowed by `{functionName}` was used after `{functionName}`";
            _handle.Dispose();
        }
    }
}
