using System.Runtime.CompilerServices;
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
    private readonly Dictionary<string, DirectComponent> _directComponents = [];
    private readonly Dictionary<(DirectHostFunctions, string), DirectInstancePre> _direct = [];
    private readonly ConditionalWeakTable<ComponentLinker, DirectHostFunctions> _directHosts = [];

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
    /// host functions doing what <paramref name="linker"/>'s do (<see cref="NewLinker"/>).
    /// </summary>
    public HostileInstance Instantiate(HostileBackend backend, string name, ComponentLinker linker, ComponentStore store)
    {
        if (backend == HostileBackend.Wasmtime)
        {
            return new HostileInstance(linker.Instantiate(store, Component(backend, name)));
        }

        var hosts = _directHosts.TryGetValue(linker, out var defined)
            ? defined
            : throw new ArgumentException("The linker was not made by NewLinker for the direct backend.", nameof(linker));
        DirectInstancePre? pre;
        lock (_direct)
        {
            if (!_direct.TryGetValue((hosts, name), out pre))
            {
                if (!_directComponents.TryGetValue(name, out var component))
                {
                    var path = Path.Combine(AppContext.BaseDirectory, "components", "hostile", name + ".wat");
                    component = DirectComponent.FromWat(Engine(backend), File.ReadAllText(path), name);
                    _directComponents.Add(name, component);
                }

                pre = new DirectInstancePre(component, hosts);
                _direct.Add((hosts, name), pre);
            }
        }

        return new HostileInstance(pre.Instantiate(store));
    }

    /// <summary>A new store on <paramref name="backend"/>'s engine with <see cref="StoreFuel"/>.</summary>
    public ComponentStore NewStore(HostileBackend backend) => new(Engine(backend)) { Fuel = StoreFuel };

    /// <summary>
    /// A linker for <paramref name="backend"/> defining every import of the corpus: <c>callback</c> (control.wat) runs
    /// <paramref name="callback"/>, or returns 1 without one; <c>get-string</c> returns "hi", <c>get-list</c> [1, 2]
    /// and <c>put-string</c> (imports.wat) runs <paramref name="putString"/>; <c>put-option</c> (imports.wat) does nothing.
    /// On the direct backend the same host
    /// functions are defined at the value level for <see cref="Instantiate"/> to link.
    /// </summary>
    public ComponentLinker NewLinker(HostileBackend backend, Func<uint>? callback = null, Action<string>? putString = null)
    {
        ComponentHostFunction callbackFunction = (_, results) => results[0] = ComponentVal.U32(callback?.Invoke() ?? 1);
        ComponentHostFunction getString = (_, results) => results[0] = ComponentVal.String("hi");
        ComponentHostFunction getList = (_, results) => results[0] = ComponentVal.List([ComponentVal.U32(1), ComponentVal.U32(2)]);
        ComponentHostFunction putStringFunction = (args, _) => putString?.Invoke(args[0].GetString());
        ComponentHostFunction putOption = (_, _) => { };
        var linker = new ComponentLinker(Engine(backend));
        linker.DefineFunction(null, "callback", callbackFunction);
        linker.DefineFunction(null, "get-string", getString);
        linker.DefineFunction(null, "get-list", getList);
        linker.DefineFunction(null, "put-string", putStringFunction);
        linker.DefineFunction(null, "put-option", putOption);
        if (backend == HostileBackend.Direct)
        {
            var hosts = new DirectHostFunctions();
            hosts.Define(null, "callback", callbackFunction);
            hosts.Define(null, "get-string", getString);
            hosts.Define(null, "get-list", getList);
            hosts.Define(null, "put-string", putStringFunction);
            hosts.Define(null, "put-option", putOption);
            _directHosts.Add(linker, hosts);
        }

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
        // The Wasmtime rows use WasmComponent, pinned to its backend; the direct rows load DirectComponent themselves.
        HostileBackend.Wasmtime or HostileBackend.Direct => new WasmEngineOptions { ConsumeFuel = true, EpochInterruption = true, Backend = ComponentBackend.Wasmtime },
        _ => throw new ArgumentOutOfRangeException(nameof(backend), backend, "No engine options for this backend."),
    };
}
