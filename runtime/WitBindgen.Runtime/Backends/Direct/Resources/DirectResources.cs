using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Runtime.Native;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Backends.Direct.Resources;

/// <summary>
/// The resource state of one <see cref="DirectInstance"/>, as CanonicalABI.md defines it: one handle table per
/// component instance inside it (never per core instance), the <c>resource.new</c>, <c>resource.rep</c> and
/// <c>resource.drop</c> built-ins, and the lifting and lowering of <c>own</c> and <c>borrow</c> handles at the
/// boundary with the host. Host objects (<see cref="HostResourceType"/>) travel as the store's host resources; the
/// host's handles to guest resources as <see cref="DirectHeldHandle"/>s. Used from the store's thread only.
/// </summary>
internal sealed class DirectResources
{
    private readonly DirectHandleTable[] _tables;
    private readonly CoreFunction?[] _destructors;

    internal DirectResources(DirectInstance instance)
    {
        Instance = instance;
        _tables = new DirectHandleTable[instance.Component.Plan.ComponentInstanceParents.Count];
        for (var i = 0; i < _tables.Length; i++)
        {
            _tables[i] = new DirectHandleTable();
        }

        _destructors = new CoreFunction?[instance.Component.Plan.Resources.Count];
    }

    /// <summary>The instance.</summary>
    public DirectInstance Instance { get; }

    /// <summary>The host's handles to guest resources in the instance's store.</summary>
    public DirectHeldHandles Held => Instance.Store.HeldHandles;

    /// <summary>The handle table of component instance <paramref name="componentInstance"/>.</summary>
    public DirectHandleTable Table(int componentInstance) => _tables[componentInstance];

    /// <summary><c>canon resource.new</c>: a new own handle to <paramref name="rep"/> in the built-in's instance.</summary>
    public uint New(CanonicalBuiltin builtin, uint rep) =>
        _tables[builtin.ComponentInstance].Add(new DirectHandle { Resource = builtin.Resource!.Index, Rep = rep, Own = true }, Name(builtin));

    /// <summary><c>canon resource.rep</c>: the representation behind handle <paramref name="index"/>.</summary>
    public uint Rep(CanonicalBuiltin builtin, uint index)
    {
        var where = Name(builtin);
        ref var entry = ref _tables[builtin.ComponentInstance].Get(index, where);
        CheckType(entry, builtin.Resource!, index, where);
        return entry.Rep;
    }

    /// <summary>
    /// <c>canon resource.drop</c>: removes handle <paramref name="index"/>. Dropping a borrow ends its loan; dropping a
    /// lent own traps; dropping an own runs the resource's destructor (a guest's, in its defining instance, or a host
    /// object's when the guest held its last handle).
    /// </summary>
    public void Drop(CanonicalBuiltin builtin, uint index)
    {
        var where = Name(builtin);
        var table = _tables[builtin.ComponentInstance];
        var entry = table.Get(index, where);
        CheckType(entry, builtin.Resource!, index, where);
        if (entry.Own && entry.Lends != 0)
        {
            throw Trap(where, $"handle {index} is lent to {entry.Lends} call(s) still running, so it cannot be dropped");
        }

        table.Remove(index, where);
        if (!entry.Own)
        {
            entry.Scope!.Borrows--;
            return;
        }

        Destroy(builtin.Resource!, entry, where, builtin.ComponentInstance);
    }

    /// <summary>Lifts handle <paramref name="index"/> of the call's guest into a value for the host.</summary>
    public ComponentVal Lift(AbiContext cx, DirectResourceCall call, AbiType type, uint index)
    {
        try
        {
            return LiftHandle(cx, call, type, index);
        }
        catch (WitRuntimeException trap) when (call.GuestCalling && DirectGuestTrap.IsPlain(trap))
        {
            throw new DirectGuestTrap(trap);
        }
    }

    private ComponentVal LiftHandle(AbiContext cx, DirectResourceCall call, AbiType type, uint index)
    {
        var resource = type.Resource!;
        var table = _tables[call.ComponentInstance];
        uint rep;
        uint hostType;
        if (type.Kind == AbiKind.Own)
        {
            var entry = table.Get(index, cx.Function);
            CheckType(entry, resource, index, cx.Function, cx);
            if (!entry.Own)
            {
                throw cx.Fail($"is handle {index}, a borrow, where the type is own");
            }

            if (entry.Lends != 0)
            {
                throw cx.Fail($"is handle {index}, which is lent to a call still running and cannot move");
            }

            table.Remove(index, cx.Function);
            rep = entry.Rep;
            hostType = entry.HostType;
        }
        else
        {
            ref var entry = ref table.Get(index, cx.Function);
            CheckType(entry, resource, index, cx.Function, cx);
            rep = entry.Rep;
            hostType = entry.HostType;
            if (entry.Own)
            {
                call.AddLend(table, index);
            }
        }

        if (resource.IsImported)
        {
            return HostValue(type.Kind == AbiKind.Own, rep, hostType, cx);
        }

        var value = Held.Add(Instance.Store, this, resource, rep, type.Kind == AbiKind.Own, cx.Function, out var held);
        if (type.Kind == AbiKind.Borrow)
        {
            call.AddHeldBorrow(held);
        }

        return value;
    }

    /// <summary>Lowers the host's handle <paramref name="value"/> into the call's guest; returns the handle (or the rep of a borrow of its own resource).</summary>
    public uint Lower(AbiContext cx, DirectResourceCall call, AbiType type, in ComponentVal value)
    {
        var resource = type.Resource!;
        var own = type.Kind == AbiKind.Own;
        var any = value.GetResourcePointer();
        var context = Instance.Store.Store.EnteredContext;
        uint rep;
        uint hostType = 0;
        if (resource.IsImported)
        {
            (rep, hostType) = ReadHostObject(cx, context, any, own);
            if (Instance.Pre.ResourceTypes[resource.Index] is { } expected && expected.Id != hostType)
            {
                // Wasmtime refuses a host object of another resource type the same way.
                throw cx.Fail($"is a host object of another resource type than `{expected.Name}` (mismatched resource types)");
            }
        }
        else
        {
            if (!DirectHeldHandles.TryPeek(context, any, out var tag, out var key) || tag != DirectHeldHandles.TypeId
                || Held.Find(key) is not { } held || !ReferenceEquals(held.Owner, this) || held.Resource != resource)
            {
                throw cx.Fail($"is not a live handle of the {Describe(resource)} this instance defines");
            }

            if (own && !held.Own)
            {
                throw cx.Fail("is a borrowed handle where the type is own");
            }

            rep = held.Rep;
            if (own)
            {
                Held.Release(held);
            }
            else if (resource.ComponentInstance == call.ComponentInstance)
            {
                // A borrow lowered into the instance that defines the resource passes the representation.
                return rep;
            }
        }

        var table = _tables[call.ComponentInstance];
        if (own)
        {
            return table.Add(new DirectHandle { Resource = resource.Index, Rep = rep, Own = true, HostType = hostType }, cx.Function);
        }

        var index = table.Add(new DirectHandle { Resource = resource.Index, Rep = rep, Own = false, HostType = hostType, Scope = call }, cx.Function);
        call.Borrows++;
        return index;
    }

    /// <summary>
    /// Drops the host's own handle <paramref name="held"/> (<see cref="ComponentResource.Dispose"/>): runs the
    /// resource's destructor in its defining instance as a call from the host.
    /// </summary>
    public void DropHeld(DirectHeldHandle held)
    {
        if (!held.IsLive)
        {
            return;
        }

        Held.Release(held);
        if (held.Own && held.Resource.Destructor is not null)
        {
            var where = "[resource-drop]";
            Instance.Enter(where, held.Resource.ComponentInstance);
            try
            {
                RunDestructor(held.Resource, held.Rep, where);
            }
            catch (WitTrapException trap) when (trap.GetType() == typeof(WitTrapException))
            {
                // Worded as the Wasmtime backend reports a destructor's trap.
                throw new WitTrapException($"Error while dropping a resource: {trap.Message}", trap)
                {
                    FunctionName = where,
                    TrapCode = trap.TrapCode,
                    WasmBacktrace = trap.WasmBacktrace,
                };
            }
            catch (WitInstancePoisonedException poisoned)
            {
                throw new WitInstancePoisonedException($"Error while dropping a resource: {poisoned.Message}", poisoned.InnerException)
                {
                    FunctionName = where,
                };
            }
            finally
            {
                Instance.Leave(held.Resource.ComponentInstance);
            }
        }
    }

    private static string Name(CanonicalBuiltin builtin) =>
        builtin.Name + (builtin.Resource?.Import is { } import ? " of '" + import.DisplayName + "'" : string.Empty);

    private static string Describe(ResourceDefinition resource) =>
        resource.Import is { } import ? "resource '" + import.DisplayName + "'" : "resource";

    private static WitRuntimeException Trap(string where, string problem) =>
        new($"{where}: {problem}.") { FunctionName = where };

    private static void CheckType(in DirectHandle entry, ResourceDefinition resource, uint index, string where, AbiContext? cx = null)
    {
        if (entry.Resource != resource.Index)
        {
            var problem = $"handle {index} is of another resource type than the {Describe(resource)} expected";
            throw cx is null ? Trap(where, problem) : cx.Fail("is " + problem.Substring(0, 1).ToLowerInvariant() + problem.Substring(1));
        }
    }

    private ComponentVal HostValue(bool own, uint rep, uint hostType, AbiContext cx) =>
        DirectHostObjects.ToValue(Instance.Store.Store.EnteredContext, own, rep, hostType, cx);

    private static (uint Rep, uint Type) ReadHostObject(AbiContext cx, nint context, nint any, bool own) =>
        DirectHostObjects.Read(cx, context, any, own);

    private void Destroy(ResourceDefinition resource, in DirectHandle entry, string where, int caller)
    {
        if (resource.IsImported)
        {
            var type = HostResourceType.FromId(entry.HostType)
                ?? throw Trap(where, "the host resource type of the handle no longer exists");
            var (value, last) = StoreResources.FromContext(Instance.Store.Store.EnteredContext).Release(entry.Rep, type, where);
            if (last)
            {
                try
                {
                    type.Destroy(value);
                }
                catch (Exception thrown)
                {
                    throw new WitRuntimeException($"{where}: the destructor of host resource '{type.Name}' threw {thrown.GetType().FullName}: {thrown.Message}", thrown)
                    {
                        FunctionName = where,
                    };
                }
            }

            return;
        }

        if (resource.Destructor is null)
        {
            return;
        }

        var entering = Instance.EnteringSet(resource.ComponentInstance, caller);
        Instance.EnterFrom(where, entering);
        try
        {
            RunDestructor(resource, entry.Rep, where);
        }
        finally
        {
            Instance.LeaveTo(entering);
        }
    }

    private void RunDestructor(ResourceDefinition resource, uint rep, string where)
    {
        var destructor = _destructors[resource.Index] ??= Instance.ResolveCoreFunction(resource.Destructor!, where);
        Span<ValRaw> slots = stackalloc ValRaw[Math.Max(destructor.SlotCount, 1)];
        slots[0] = ValRaw.FromI32(unchecked((int)rep));
        destructor.Call(slots);
    }
}
