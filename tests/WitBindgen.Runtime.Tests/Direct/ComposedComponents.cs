using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Tests.Hostile;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// The composed components of tests/components/composed, in every pair of string encodings, compiled once per backend
/// for a whole test class and instantiated with a host <c>callback</c>.
/// </summary>
public sealed class ComposedComponents : IDisposable
{
    /// <summary>Fuel each new store gets.</summary>
    public const ulong StoreFuel = 50_000_000;

    private readonly Dictionary<HostileBackend, WasmEngine> _engines = [];
    private readonly Dictionary<string, WasmComponent> _wasmtime = [];
    private readonly Dictionary<string, DirectComponent> _direct = [];
    private readonly List<IDisposable> _owned = [];

    /// <summary>The caller's and the callee's string encodings of every variant the tests run.</summary>
    public static TheoryData<string, string> EncodingPairs => new()
    {
        { "utf8", "utf16" },
        { "utf16", "utf8" },
        { "utf8", "utf8" },
        { "utf16", "utf16" },
        { "latin1+utf16", "utf8" },
        { "utf8", "latin1+utf16" },
        { "latin1+utf16", "utf16" },
        { "utf16", "latin1+utf16" },
        { "latin1+utf16", "latin1+utf16" },
    };

    /// <summary>
    /// The text of tests/components/composed/forwarding.wat with the caller's options in <paramref name="caller"/> and
    /// the callee's in <paramref name="callee"/> (the file has UTF-8 and UTF-16).
    /// </summary>
    public static string Forwarding(string caller, string callee)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "composed", "forwarding.wat"));
        return text
            .Replace("string-encoding=utf16", "string-encoding=@callee", StringComparison.Ordinal)
            .Replace("string-encoding=utf8", "string-encoding=" + caller, StringComparison.Ordinal)
            .Replace("string-encoding=@callee", "string-encoding=" + callee, StringComparison.Ordinal);
    }

    /// <summary>The text of tests/components/composed/hostile.wat.</summary>
    public static string Hostile => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "composed", "hostile.wat"));

    /// <summary>The text of tests/components/composed/tagged.wat.</summary>
    public static string Tagged => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "composed", "tagged.wat"));

    /// <summary>The text of tests/components/composed/mixed.wat.</summary>
    public static string Mixed => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "composed", "mixed.wat"));

    /// <summary>The text of tests/components/composed/donut.wat.</summary>
    public static string Donut => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "composed", "donut.wat"));

    /// <summary>The engine of <paramref name="backend"/>, created on first use.</summary>
    public WasmEngine Engine(HostileBackend backend)
    {
        lock (_engines)
        {
            if (!_engines.TryGetValue(backend, out var engine))
            {
                // The Wasmtime side is the oracle, so its engine must not let Auto pick the direct backend; the direct
                // side loads through DirectComponent, whatever the engine's choice.
                engine = new WasmEngine(new WasmEngineOptions { ConsumeFuel = true, Backend = ComponentBackend.Wasmtime });
                _engines.Add(backend, engine);
            }

            return engine;
        }
    }

    /// <summary>A new store on <paramref name="backend"/>'s engine with <see cref="StoreFuel"/>.</summary>
    public ComponentStore NewStore(HostileBackend backend) => new(Engine(backend)) { Fuel = StoreFuel };

    /// <summary>
    /// Instantiates <paramref name="wat"/> on <paramref name="backend"/> in <paramref name="store"/>, its import
    /// <c>callback: func() -> u32</c> (if any) running <paramref name="callback"/> (or returning 1 without one).
    /// </summary>
    public HostileInstance Instantiate(HostileBackend backend, string wat, ComponentStore store, Func<uint>? callback = null)
    {
        ComponentHostFunction function = (_, results) => results[0] = ComponentVal.U32(callback?.Invoke() ?? 1);
        lock (_owned)
        {
            if (backend == HostileBackend.Wasmtime)
            {
                if (!_wasmtime.TryGetValue(wat, out var component))
                {
                    component = WasmComponent.FromWat(Engine(backend), wat);
                    _wasmtime.Add(wat, component);
                    _owned.Add(component);
                }

                var linker = new ComponentLinker(Engine(backend));
                _owned.Add(linker);
                linker.DefineFunction(null, "callback", function);
                return new HostileInstance(linker.Instantiate(store, component));
            }

            if (!_direct.TryGetValue(wat, out var direct))
            {
                direct = DirectComponent.FromWat(Engine(backend), wat, "composed.wasm");
                _direct.Add(wat, direct);
            }

            var hosts = new DirectHostFunctions();
            hosts.Define(null, "callback", function);
            var pre = new DirectInstancePre(direct, hosts);
            _owned.Add(pre);
            return new HostileInstance(pre.Instantiate(store));
        }
    }

    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }

        foreach (var engine in _engines.Values)
        {
            engine.Dispose();
        }
    }
}
