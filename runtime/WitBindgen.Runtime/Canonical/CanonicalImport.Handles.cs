using System.Runtime.CompilerServices;
using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Backends.Direct.Resources;
using WitBindgen.Runtime.Native;
using WitBindgen.Wit.Binary;

namespace WitBindgen.Runtime.Canonical;

/// <summary>The handles of host resources an import passes: lifted from and lowered into the calling instance's table.</summary>
public sealed partial class CanonicalImport
{
    private readonly DirectResources _resources;
    private readonly int _componentInstance;
    private readonly (HostResourceType Type, int Resource)[] _handleTypes;
    private readonly List<uint> _lent = [];

    // The store's host objects (what a failed call lowered is given back through the call's resource scope).
    private StoreResources HostObjects => _store.Resources;

    /// <inheritdoc />
    public override T LiftOwn<T>(HostResourceType type, int handle)
    {
        var index = unchecked((uint)handle);
        try
        {
            var table = _resources.Table(_componentInstance);
            var entry = table.Get(index, Name);
            Check(entry, type, index);
            if (!entry.Own)
            {
                throw Fail($"is handle {index}, a borrow, where the type is own");
            }

            if (entry.Lends != 0)
            {
                throw Fail($"is handle {index}, which is lent to a call still running and cannot move");
            }

            table.Remove(index, Name);
            return Object<T>(type, HostObjects.Release(entry.Rep, type, Name).Value);
        }
        catch (WitRuntimeException trap) when (DirectGuestTrap.IsPlain(trap))
        {
            throw new DirectGuestTrap(trap);
        }
    }

    /// <inheritdoc />
    public override T LiftBorrow<T>(HostResourceType type, int handle)
    {
        var index = unchecked((uint)handle);
        try
        {
            ref var entry = ref _resources.Table(_componentInstance).Get(index, Name);
            Check(entry, type, index);
            if (entry.Own)
            {
                // Lent for the call: the guest cannot move or drop it until the call returns.
                entry.Lends++;
                _lent.Add(index);
            }

            return Object<T>(type, HostObjects.Get(entry.Rep, type, Name));
        }
        catch (WitRuntimeException trap) when (DirectGuestTrap.IsPlain(trap))
        {
            throw new DirectGuestTrap(trap);
        }
    }

    /// <inheritdoc />
    public override int LowerOwn(HostResourceType type, object value)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value), $"A `{type.Name}` handle cannot be null (the result of '{Name}').");
        }

        var resource = Resource(type);
        EnterScope();
        var scope = ResourceScope.Current;
        var rep = scope.Resources.Add(value, type, owned: true);

        // Given back to the host if the call fails before the guest receives its result.
        scope.TrackOwned(rep, type);
        var index = _resources.Table(_componentInstance).Add(
            new DirectHandle { Resource = resource, Rep = rep, Own = true, HostType = type.Id }, Name);
        return unchecked((int)index);
    }

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">Always: a function's result never holds a borrow.</exception>
    public override int LowerBorrow(HostResourceType type, object value) =>
        throw new NotSupportedException($"'{Name}': a borrow handle cannot be part of an imported function's result.");

    /// <summary>
    /// The resource definition of each host resource type <paramref name="handles"/> name, when every handle
    /// is of the resource the bindings expect in that place (<paramref name="resources"/>); null otherwise.
    /// </summary>
    private static (HostResourceType Type, int Resource)[]? HandleTypes(DirectCallContext context, List<HandleNode> handles, HostResourceType[] resources)
    {
        if (handles.Count != resources.Length)
        {
            return null;
        }

        var plan = context.Instance.Component.Plan;
        var defined = context.Instance.Pre.ResourceTypes;
        var types = new List<(HostResourceType Type, int Resource)>();
        for (var i = 0; i < handles.Count; i++)
        {
            if (plan.FindResource(handles[i].Resource) is not { IsImported: true } resource
                || !ReferenceEquals(defined[resource.Index], resources[i]))
            {
                return null;
            }

            var known = types.FindIndex(t => ReferenceEquals(t.Type, resources[i]));
            if (known < 0)
            {
                types.Add((resources[i], resource.Index));
            }
            else if (types[known].Resource != resource.Index)
            {
                // One host type for two of the component's resources: the value path tells them apart.
                return null;
            }
        }

        return [.. types];
    }

    private int Resource(HostResourceType type)
    {
        foreach (var (known, resource) in _handleTypes)
        {
            if (ReferenceEquals(known, type))
            {
                return resource;
            }
        }

        throw new InvalidOperationException($"'{Name}': the function's type passes no handle of `{type.Name}`.");
    }

    private void Check(in DirectHandle entry, HostResourceType type, uint index)
    {
        if (entry.Resource != Resource(type) || entry.HostType != type.Id)
        {
            throw OtherResourceType(type, index);
        }
    }

    private WitRuntimeException Fail(string problem)
    {
        _context.Location = "an argument";
        return _context.Fail(problem);
    }

    private T Object<T>(HostResourceType type, object value)
        where T : class =>
        value as T ?? throw NotA(type, typeof(T));

    // The failures of the handle checks, built out of line: the checks are inlined into every handle-passing call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WitRuntimeException OtherResourceType(HostResourceType type, uint index) =>
        Fail($"is handle {index}, of another resource type than the `{type.Name}` expected");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WitRuntimeException NotA(HostResourceType type, Type expected) =>
        new($"The host object behind a `{type.Name}` handle ({Name}) is not a {expected.FullName}.");

    // The own handles borrowed for the call can move and be dropped again.
    private void EndLends()
    {
        if (_lent.Count == 0)
        {
            return;
        }

        var table = _resources.Table(_componentInstance);
        foreach (var index in _lent)
        {
            table.Get(index, Name).Lends--;
        }

        _lent.Clear();
    }
}
