namespace WitBindgen.Runtime.Tests.Resources;

/// <summary>A host object behind the WIT resource <c>y</c>.</summary>
internal sealed class HostY(int a) : IDisposable
{
    public int A { get; } = a;

    public int DisposeCount { get; private set; }

    public void Dispose() => DisposeCount++;
}

/// <summary><see cref="ResourceComponent"/> instantiated with a host implementation of <c>y</c>.</summary>
internal sealed class ResourceHarness : IDisposable
{
    private readonly ComponentLinker _linker;

    public ResourceHarness(WasmEngine engine, WasmComponent component, Action<ReadOnlySpan<ComponentVal>>? peek = null)
    {
        Engine = engine;
        Component = component;
        _linker = new ComponentLinker(engine);
        _linker.DefineResource(ResourceComponent.Host, "y", YType);
        _linker.DefineFunction(ResourceComponent.Host, "[constructor]y", (args, results) =>
        {
            var y = new HostY(args[0].GetS32());
            if (RecordCreated)
            {
                Created.Add(y);
            }

            results[0] = YType.Lower(y, owned: true, "[constructor]y");
        });
        _linker.DefineFunction(ResourceComponent.Host, "[method]y.get-a", (args, results) =>
            results[0] = ComponentVal.S32(YType.Lift<HostY>(args[0], "[method]y.get-a").A));
        _linker.DefineFunction(ResourceComponent.Host, "peek", (args, results) =>
        {
            peek?.Invoke(args);
            results[0] = ComponentVal.S32(YType.Lift<HostY>(args[0], "peek").A);
        });
        NewInstance();
    }

    public HostResourceType YType { get; } = new("y");

    public List<HostY> Created { get; } = new();

    /// <summary>Whether <see cref="Created"/> records every object the guest creates.</summary>
    public bool RecordCreated { get; set; } = true;

    public WasmEngine Engine { get; }

    public WasmComponent Component { get; }

    public ComponentStore Store { get; private set; } = null!;

    public ComponentInstance Instance { get; private set; } = null!;

    /// <summary>Replaces the store and instance with new ones.</summary>
    public void NewInstance()
    {
        Store?.Dispose();
        Store = new ComponentStore(Engine);
        Instance = _linker.Instantiate(Store, Component);
    }

    public ComponentFunction Function(string name) => Instance.GetFunction(ResourceComponent.Guest, name);

    /// <summary>Calls a guest export inside a resource scope; returns its single result (or default).</summary>
    public ComponentVal Call(string name, params ComponentVal[] args)
    {
        var function = Function(name);
        var results = new ComponentVal[HasResult(name) ? 1 : 0];
        using (ResourceScope.Enter(Store, null, function.Name))
        {
            try
            {
                function.Call(args, results);
            }
            finally
            {
                ComponentVal.Free(args);
            }
        }

        return results.Length == 0 ? default : results[0];
    }

    public int CallS32(string name, params ComponentVal[] args) => Call(name, args).GetS32();

    public uint Dropped() => Call("dropped").GetU32();

    public void Dispose()
    {
        Store.Dispose();
        _linker.Dispose();
    }

    private static bool HasResult(string name) => name is not ("keep-y" or "drop-kept" or "double-drop");
}
