using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;
using BenchInstance = Bench.Host.BenchWorld.Bench;

namespace WitBindgen.Benchmarks.Host;

/// <summary>
/// What fuel, a call timeout and a cancellation token each add to a generated <c>add(s32, s32)</c> call, on each backend:
/// the baseline row runs on an engine with neither fuel nor epoch interruption, every other row turns on exactly one.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Host")]
public class CallLimitBenchmarks
{
    private readonly List<IDisposable> _owned = [];
    private readonly CancellationTokenSource _cancellation = new();
    private BenchInstance _plain = null!;
    private BenchInstance _fuel = null!;
    private BenchInstance _timeout = null!;
    private BenchInstance _token = null!;

    /// <summary>The backend every row runs on.</summary>
    [Params(ComponentBackend.Direct, ComponentBackend.Wasmtime)]
    public ComponentBackend Backend { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Host", "BenchComponent.wat"));
        _plain = Instantiate(new WasmEngineOptions(), wat, _ => { });
        _fuel = Instantiate(new WasmEngineOptions { ConsumeFuel = true }, wat, store => store.Fuel = ulong.MaxValue / 2);
        _timeout = Instantiate(new WasmEngineOptions { EpochInterruption = true }, wat, store => store.CallTimeout = TimeSpan.FromMinutes(10));
        _token = Instantiate(new WasmEngineOptions { EpochInterruption = true }, wat, store => store.CallCancellation = _cancellation.Token);
        foreach (var bench in new[] { _plain, _fuel, _timeout, _token })
        {
            if (bench.Instance.Backend != Backend || bench.Add(40, 2) != 42)
            {
                throw new InvalidOperationException($"the component does not run correctly on the {Backend} backend");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }

        _owned.Clear();
        _cancellation.Dispose();
    }

    [Benchmark(Baseline = true, Description = "add: no fuel, timeout or token")]
    public int Plain() => _plain.Add(1, 2);

    [Benchmark(Description = "add: with fuel")]
    public int Fuel() => _fuel.Add(1, 2);

    [Benchmark(Description = "add: with a call timeout")]
    public int Timeout() => _timeout.Add(1, 2);

    [Benchmark(Description = "add: with a cancellation token")]
    public int Token() => _token.Add(1, 2);

    private BenchInstance Instantiate(WasmEngineOptions options, string wat, Action<ComponentStore> configure)
    {
        var engine = Own(new WasmEngine(options with { Backend = Backend, CacheCompiledComponents = false }));
        var component = Own(WasmComponent.FromWat(engine, wat));
        var store = Own(new ComponentStore(engine));
        configure(store);
        return Own(BenchInstance.Instantiate(store, component));
    }

    private T Own<T>(T item)
        where T : IDisposable
    {
        _owned.Add(item);
        return item;
    }
}
