using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>
/// The hostile components of tests/components/hostile, compiled once per backend for a whole test class. Engines
/// meter fuel and allow timeouts, so a guest that loops is stopped either way.
/// </summary>
public sealed class HostileComponents : IDisposable
{
    /// <summary>Fuel each new store gets: plenty for any finite call here, soon exhausted by a loop.</summary>
    public const ulong StoreFuel = 20_000_000;

    private readonly Dictionary<HostileBackend, WasmEngine> _engines = [];
    private readonly Dictionary<(HostileBackend, string), WasmComponent> _components = [];
    private readonly Dictionary<string, DirectInstancePre> _direct = [];

    /// <summary>The engine of <paramref name="backend"/>, created on first use.</summary>
    public WasmEngine Engine(HostileBackend backend)
    {
        lock (_engines)
        {
            if (!_engines.TryGetValue(backend, out var engine))
            {
                engine = new WasmEngine(Options(backend));
                _engines.Add(backend, engine);
            }

            return engine;
        }
    }

    /// <summary>The component tests/components/hostile/<paramref name="name"/>.wat, compiled for <paramref name="backend"/> once.</summary>
    public WasmComponent Component(HostileBackend backend, string name)
    {
        var engine = Engine(backend);
        lock (_components)
        {
            if (!_components.TryGetValue((backend, name), out var component))
            {
                var path = Path.Combine(AppContext.BaseDirectory, "components", "hostile", name + ".wat");
                component = WasmComponent.FromWat(engine, File.ReadAllText(path));
                _components.Add((backend, name), component);
            }

            return component;
        }
    }

    /// <summary>
    /// Instantiates tests/components/hostile/<paramref name="name"/>.wat on <paramref name="backend"/> in
    /// <paramref name="store"/>: through <paramref name="linker"/> on the Wasmtime backend; on the direct backend with
    /// <c>callback</c> (control.wat) returning 1 through its flat trampoline and no other import.
    /// </summary>
    public HostileInstance Instantiate(HostileBackend backend, string name, ComponentLinker linker, ComponentStore store)
    {
        if (backend == HostileBackend.Wasmtime)
        {
            return new HostileInstance(linker.Instantiate(store, Component(backend, name)));
        }

        DirectInstancePre? pre;
        lock (_direct)
        {
            if (!_direct.TryGetValue(name, out pre))
            {
                var hosts = new DirectHostFunctions();
                hosts.Define("callback", (_, slots) => slots[0] = ValRaw.FromI32(1));
                var path = Path.Combine(AppContext.BaseDirectory, "components", "hostile", name + ".wat");
                pre = new DirectInstancePre(DirectComponent.FromWat(Engine(backend), File.ReadAllText(path), name), hosts);
                _direct.Add(name, pre);
            }
        }

        return new HostileInstance(pre.Instantiate(store));
    }

    /// <summary>A new store on <paramref name="backend"/>'s engine with <see cref="StoreFuel"/>.</summary>
    public ComponentStore NewStore(HostileBackend backend) => new(Engine(backend)) { Fuel = StoreFuel };

    /// <summary>
    /// A linker for <paramref name="backend"/> defining every import of the corpus: <c>callback</c> (control.wat) runs
    /// <paramref name="callback"/>, or returns 1 without one; <c>get-string</c> returns "hi", <c>get-list</c> [1, 2]
    /// and <c>put-string</c> (imports.wat) runs <paramref name="putString"/>.
    /// </summary>
    public ComponentLinker NewLinker(HostileBackend backend, Func<uint>? callback = null, Action<string>? putString = null)
    {
        var linker = new ComponentLinker(Engine(backend));
        linker.DefineFunction(null, "callback", (_, results) => results[0] = ComponentVal.U32(callback?.Invoke() ?? 1));
        linker.DefineFunction(null, "get-string", (_, results) => results[0] = ComponentVal.String("hi"));
        linker.DefineFunction(null, "get-list", (_, results) => results[0] = ComponentVal.List([ComponentVal.U32(1), ComponentVal.U32(2)]));
        linker.DefineFunction(null, "put-string", (args, _) => putString?.Invoke(args[0].GetString()));
        return linker;
    }

    public void Dispose()
    {
        foreach (var pre in _direct.Values)
        {
            pre.Dispose();
        }

        foreach (var component in _components.Values)
        {
            component.Dispose();
        }

        foreach (var engine in _engines.Values)
        {
            engine.Dispose();
        }
    }

    private static WasmEngineOptions Options(HostileBackend backend) => backend switch
    {
        HostileBackend.Wasmtime or HostileBackend.Direct => new WasmEngineOptions { ConsumeFuel = true, EpochInterruption = true },
        _ => throw new ArgumentOutOfRangeException(nameof(backend), backend, "No engine options for this backend."),
    };
}
