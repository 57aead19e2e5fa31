using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// The per-store resource state, reachable from a native store context through the store's data pointer (so a
/// resource destructor called by Wasmtime finds it): the table of host objects the guest holds handles to.
/// </summary>
/// <remarks>
/// <para>Each host object gets one <em>rep</em> (its slot number + 1) while the guest holds handles to it, with a
/// count of the <c>own</c> handles lowered for it. A destructor call or an <c>own</c> handle passed back to the
/// host lowers the count; at zero the slot is freed (and reused). Objects lent only as <c>borrow</c> sit in the
/// table with a count of zero until the call that lent them returns.</para>
/// <para>Used from the store's thread only, like the store.</para>
/// </remarks>
internal sealed unsafe class StoreResources
{
    private readonly WeakReference<ComponentStore> _owner;
    private readonly Dictionary<object, uint> _reps = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<uint> _free = new();
    private Slot[] _slots = new Slot[16];
    private uint _used;

    private StoreResources(ComponentStore owner)
    {
        _owner = new WeakReference<ComponentStore>(owner);
    }

    /// <summary>The finalizer Wasmtime calls with the data pointer when the store is deleted.</summary>
    public static nint FinalizerAddress => (nint)(delegate* unmanaged[Cdecl]<nint, void>)&Finalize;

    /// <summary>Number of host objects the guest currently holds (or borrows).</summary>
    public int Count => _reps.Count;

    /// <summary>Creates the state of a new store; the returned pointer becomes the store's data.</summary>
    public static nint Allocate(ComponentStore owner) => GCHandle.ToIntPtr(GCHandle.Alloc(new StoreResources(owner)));

    /// <summary>Releases a pointer from <see cref="Allocate"/> that no store took.</summary>
    public static void Free(nint data) => GCHandle.FromIntPtr(data).Free();

    /// <summary>The state behind a pointer from <see cref="Allocate"/>.</summary>
    public static StoreResources FromData(nint data) => (StoreResources)GCHandle.FromIntPtr(data).Target!;

    /// <summary>The state of the store of <paramref name="context"/>.</summary>
    public static StoreResources FromContext(nint context)
    {
        var data = NativeMethods.wasmtime_context_get_data(context);
        if (data == 0)
        {
            throw new WitRuntimeException("The store was not created by WitBindgen.Runtime, so it has no resource table.");
        }

        return (StoreResources)GCHandle.FromIntPtr(data).Target!;
    }

    /// <summary>The store, if it is still alive.</summary>
    public ComponentStore? Owner => _owner.TryGetTarget(out var store) ? store : null;

    /// <summary>Registers one handle to <paramref name="value"/>; returns its rep.</summary>
    public uint Add(object value, HostResourceType type, bool owned)
    {
        if (_reps.TryGetValue(value, out var rep))
        {
            ref var existing = ref _slots[rep - 1];
            if (!ReferenceEquals(existing.Type, type))
            {
                throw new WitRuntimeException(
                    $"The object of type {value.GetType().FullName} is already given to the guest as a `{existing.Type!.Name}`, not as a `{type.Name}`.");
            }

            if (owned)
            {
                existing.Owners++;
            }

            return rep;
        }

        if (!_free.TryPop(out rep))
        {
            if (_used == _slots.Length)
            {
                Array.Resize(ref _slots, _slots.Length * 2);
            }

            rep = ++_used;
        }

        _slots[rep - 1] = new Slot { Value = value, Type = type, Owners = owned ? 1 : 0 };
        _reps.Add(value, rep);
        return rep;
    }

    /// <summary>The object behind <paramref name="rep"/>, checked to be a <paramref name="type"/>.</summary>
    public object Get(uint rep, HostResourceType type, string where)
    {
        if (rep == 0 || rep > _used || _slots[rep - 1].Value is not { } value)
        {
            throw Gone(rep, type, where);
        }

        if (!ReferenceEquals(_slots[rep - 1].Type, type))
        {
            throw OtherType(_slots[rep - 1].Type!, type, where);
        }

        return value;
    }

    // Built out of line: Get is inlined into every handle-passing call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WitRuntimeException Gone(uint rep, HostResourceType type, string where) =>
        new($"The guest passed a `{type.Name}` handle ({where}) whose host object is gone (rep {rep}).");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WitRuntimeException OtherType(HostResourceType passed, HostResourceType type, string where) =>
        new($"The guest passed a `{passed.Name}` where a `{type.Name}` is expected ({where}).");

    /// <summary>Gives up one <c>own</c> handle of <paramref name="rep"/> (passed back to the host or destroyed); returns the object and whether no handle is left.</summary>
    public (object Value, bool Last) Release(uint rep, HostResourceType type, string where)
    {
        var value = Get(rep, type, where);
        ref var slot = ref _slots[rep - 1];
        if (slot.Owners > 0)
        {
            slot.Owners--;
        }

        if (slot.Owners > 0)
        {
            return (value, false);
        }

        Remove(rep);
        return (value, true);
    }

    /// <summary>Frees the slot of an object lent only as a <c>borrow</c> once the lending call returned.</summary>
    public void EndBorrow(uint rep)
    {
        if (rep != 0 && rep <= _used && _slots[rep - 1].Value is not null && _slots[rep - 1].Owners == 0)
        {
            Remove(rep);
        }
    }

    private void Remove(uint rep)
    {
        _reps.Remove(_slots[rep - 1].Value!);
        _slots[rep - 1] = default;
        _free.Push(rep);
    }

    // Called by Wasmtime when the store is deleted: objects the guest still holds are destroyed with it.
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Finalize(nint data)
    {
        var handle = GCHandle.FromIntPtr(data);
        var resources = (StoreResources)handle.Target!;
        handle.Free();
        for (var i = 0; i < resources._used; i++)
        {
            if (resources._slots[i] is { Value: { } value, Type: { } type, Owners: > 0 })
            {
                try
                {
                    type.Destroy(value);
                }
                catch
                {
                    // A destructor that throws while the store is deleted has nobody to report to.
                }
            }
        }

        // Late users (a scope that outlived its store) then find an empty table rather than stale slot numbers.
        resources._slots = Array.Empty<Slot>();
        resources._used = 0;
        resources._free.Clear();
        resources._reps.Clear();
    }

    private struct Slot
    {
        public object? Value;
        public HostResourceType? Type;
        public int Owners;
    }
}
