using WitBindgen.Testing;

namespace WitBindgen.Runtime.Tests.Resources;

/// <summary>
/// tests/components/resources/rules.wat instantiated on one backend, with the host's <c>hr</c> (a
/// <see cref="HostObject"/> whose value is what the guest made it with) and a recorder of the host objects destroyed.
/// </summary>
internal sealed class ResourceRules : IDisposable
{
    public const string Host = "test:rules/host";

    private static readonly Lazy<string> Wat = new(() => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "components", "resources", "rules.wat")));

    private readonly WasmComponent _component;
    private readonly ComponentLinker _linker;

    public ResourceRules(ComponentBackend backend, WasmEngineOptions? options = null)
    {
        Engine = new WasmEngine((options ?? new WasmEngineOptions()) with { Backend = backend, CacheCompiledComponents = false });
        _component = WasmComponent.FromWat(Engine, Wat.Value);
        _linker = new ComponentLinker(Engine);
        _linker.DefineResource(Host, "hr", Type);
        _linker.DefineFunction(Host, "[constructor]hr", (args, results) =>
            results[0] = Type.Lower(new HostObject(args[0].GetU32(), Destroyed), owned: true, "[constructor]hr"));
        _linker.DefineFunction(Host, "[method]hr.value", (args, results) =>
            results[0] = ComponentVal.U32(Type.Lift<HostObject>(args[0], "[method]hr.value").Value));
        _linker.DefineFunction(Host, "give-twice", (_, _) => throw new InvalidOperationException("give-twice must never run"));
        Store = new ComponentStore(Engine);
        Instance = _linker.Instantiate(Store, _component);
        Instance.Backend.ShouldBe(backend);
    }

    public WasmEngine Engine { get; }

    public ComponentStore Store { get; }

    public ComponentInstance Instance { get; }

    public HostResourceType Type { get; } = new("hr");

    /// <summary>The values of the host objects destroyed, in order.</summary>
    public List<uint> Destroyed { get; } = [];

    /// <summary>
    /// Calls <paramref name="export"/> in a resource scope (<paramref name="arguments"/> makes the arguments in it; they
    /// are released after) and converts its result, if it has one, with <paramref name="read"/> (default: its text).
    /// </summary>
    public object? Call(string export, Func<ComponentVal[]>? arguments = null, Func<ComponentVal, object>? read = null, int resultCount = 1)
    {
        var function = Instance.GetFunction(null, export);
        using var scope = ResourceScope.Enter(Store, null, function.Name);
        var args = arguments?.Invoke() ?? [];
        var results = new ComponentVal[resultCount];
        try
        {
            function.Call(args, results);
        }
        finally
        {
            ComponentVal.Free(args);
        }

        try
        {
            return results.Length == 0 ? null : read is null ? results[0].ToString() : read(results[0]);
        }
        finally
        {
            ComponentVal.Free(results);
        }
    }

    /// <summary>A guest resource <c>res</c> made with <paramref name="rep"/>, owned by the host.</summary>
    public ComponentResource Make(uint rep) =>
        (ComponentResource)Call("make", () => [ComponentVal.U32(rep)], value => ComponentResource.Lift(value, "make"))!;

    public void Dispose()
    {
        Store.Dispose();
        _linker.Dispose();
        _component.Dispose();
        Engine.Dispose();
    }

    /// <summary>A host object: its value, and the list its destruction is recorded in.</summary>
    internal sealed class HostObject(uint value, List<uint> destroyed) : IDisposable
    {
        public uint Value { get; } = value;

        public void Dispose() => destroyed.Add(Value);
    }
}
