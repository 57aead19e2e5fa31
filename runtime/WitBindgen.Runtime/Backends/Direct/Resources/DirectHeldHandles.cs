using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Direct.Resources;

/// <summary>
/// The handles the host holds to resources that guests on the direct backend define, per store (keys are reused once
/// released). Used from the store's thread only.
/// </summary>
internal sealed unsafe class DirectHeldHandles
{
    /// <summary>The Wasmtime host resource type tag of every such handle (unique in the process, distinct from every <see cref="HostResourceType"/>).</summary>
    public static readonly uint TypeId = new HostResourceType("guest resource").Id;

    private readonly List<DirectHeldHandle?> _handles = [null];
    private readonly Stack<uint> _free = new();

    /// <summary>How many handles are held.</summary>
    public int Count { get; private set; }

    /// <summary>Records a handle and makes the value that carries it.</summary>
    public ComponentVal Add(CoreStore store, DirectResources owner, Wit.Binary.Loading.ResourceDefinition resource, uint rep, bool own, string where, out DirectHeldHandle handle)
    {
        if (!_free.TryPop(out var key))
        {
            key = (uint)_handles.Count;
            _handles.Add(null);
        }

        handle = new DirectHeldHandle(key, owner, resource, rep, own);
        _handles[(int)key] = handle;
        Count++;
        var host = NativeMethods.wasmtime_component_resource_host_new(false, key, TypeId);
        nint any = 0;
        nint error;
        try
        {
            error = NativeMethods.wasmtime_component_resource_host_to_any(store.Store.EnteredContext, host, &any);
        }
        finally
        {
            NativeMethods.wasmtime_component_resource_host_delete(host);
        }

        if (error != 0)
        {
            Release(handle);
            throw WasmtimeError.ToException(error, $"passing a resource handle ({where})", hostException: null);
        }

        return ComponentVal.FromResourcePointer(any);
    }

    /// <summary>The live handle with <paramref name="key"/>, or null.</summary>
    public DirectHeldHandle? Find(uint key) => key < _handles.Count && _handles[(int)key] is { IsLive: true } handle ? handle : null;

    /// <summary>The live held handle the resource value <paramref name="any"/> carries in <paramref name="store"/>, or null (a Wasmtime resource).</summary>
    public static DirectHeldHandle? Find(ComponentStore store, nint context, nint any)
    {
        var held = CoreStore.For(store).HeldHandles;
        return held.Count > 0 && TryPeek(context, any, out var type, out var key) && type == TypeId ? held.Find(key) : null;
    }

    /// <summary>Forgets <paramref name="handle"/> (a second call does nothing).</summary>
    public void Release(DirectHeldHandle handle)
    {
        if (handle.IsLive)
        {
            handle.IsLive = false;
            _handles[(int)handle.Key] = null;
            _free.Push(handle.Key);
            Count--;
        }
    }

    /// <summary>
    /// Reads the Wasmtime host resource <paramref name="any"/> without consuming it: its tag and rep when it is flagged
    /// as a borrow (as held handles always are); false for an owned one, which only <see cref="HostResourceType"/>s make.
    /// </summary>
    public static bool TryPeek(nint context, nint any, out uint type, out uint rep)
    {
        type = 0;
        rep = 0;
        if (NativeMethods.wasmtime_component_resource_any_owned(any))
        {
            return false;
        }

        nint host = 0;
        var error = NativeMethods.wasmtime_component_resource_any_to_host(context, any, &host);
        if (error != 0)
        {
            NativeMethods.wasmtime_error_delete(error);
            return false;
        }

        try
        {
            type = NativeMethods.wasmtime_component_resource_host_type(host);
            rep = NativeMethods.wasmtime_component_resource_host_rep(host);
            return true;
        }
        finally
        {
            NativeMethods.wasmtime_component_resource_host_delete(host);
        }
    }
}
