using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;
using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// Per-request instantiation on the direct backend: a new store and a <see cref="DirectInstance"/> of the adder (the
/// conformance material's <c>adder.component.wasm</c>, wit-component output), against the floor of instantiating the
/// same compiled core modules in plan order with <c>wasmtime_instance_new</c> through the core layer, imports passed
/// by hand. Both create and dispose a store; the <c>AndAdd</c> rows add one call of <c>add</c> on the new instance.
/// Without the conformance material the adder is a one-module WAT component.
/// </summary>
[MemoryDiagnoser]
public class DirectInstantiationBenchmarks
{
    private const string AdderInterface = "docs:adder/add@0.1.0";

    private readonly List<IDisposable> _owned = [];
    private WasmEngine _engine = null!;
    private DirectComponent _component = null!;
    private DirectInstancePre _pre = null!;
    private CoreLinker _stubs = null!;
    private string _interface = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = Own(new WasmEngine(new WasmEngineOptions { CacheCompiledComponents = false }));
        var adder = ConformancePaths.Conformance is { } conformance ? Path.Combine(conformance, "components", "wasm", "adder.component.wasm") : null;
        if (adder is not null && File.Exists(adder))
        {
            _component = DirectComponent.Load(_engine, File.ReadAllBytes(adder), "adder.component.wasm");
            _interface = AdderInterface;
        }
        else
        {
            _component = DirectComponent.FromWat(_engine, BenchmarkComponents.ComponentAdd);
            _interface = "bench:runtime/api";
        }

        var hosts = new DirectHostFunctions();
        foreach (var path in _component.ImportedFunctions)
        {
            hosts.Define(path, static (context, _) => throw new InvalidOperationException(context.FunctionPath + " is a stub"));
        }

        _pre = Own(new DirectInstancePre(_component, hosts));

        // The floor's host functions: the same lowerings as trapping core functions, materialized per store.
        _stubs = Own(new CoreLinker(_engine));
        var defined = new HashSet<int>();
        foreach (var instantiation in _component.Plan.Instantiations)
        {
            var types = CoreModuleImportTypes.Read(_component.Modules[instantiation.Module]);
            for (var i = 0; i < instantiation.Imports.Count; i++)
            {
                var definition = instantiation.Imports[i].Definition;
                if (definition.Kind == CoreDefinitionKind.Lowering && defined.Add(definition.Index))
                {
                    _stubs.DefineFunction("lowering", definition.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), types[i]!, static (_, _) =>
                        throw new InvalidOperationException("a stub"));
                }
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
    }

    /// <summary>Floor: the plan's core modules instantiated in order with <c>wasmtime_instance_new</c>.</summary>
    [Benchmark(Baseline = true)]
    public int CoreInstanceNew()
    {
        using var store = new ComponentStore(_engine);
        return InstantiateCore(CoreStore.For(store)).Count;
    }

    /// <summary>A <see cref="DirectInstance"/> from the pre-linked component.</summary>
    [Benchmark]
    public int DirectInstance()
    {
        using var store = new ComponentStore(_engine);
        return _pre.Instantiate(store).CoreInstances.Count;
    }

    /// <summary>The floor and one call of <c>add</c>.</summary>
    [Benchmark]
    public int CoreInstanceNewAndAdd()
    {
        using var store = new ComponentStore(_engine);
        var instances = InstantiateCore(CoreStore.For(store));
        var lifted = _component.Plan.FindLiftedFunction(_interface, "add")!;
        Span<ValRaw> slots = [ValRaw.FromI32(1), ValRaw.FromI32(2)];
        instances[lifted.Core.Index].GetFunction(lifted.Core.ExportName!)!.Call(slots);
        return slots[0].I32;
    }

    /// <summary>A <see cref="DirectInstance"/> and one call of its <c>add</c> export.</summary>
    [Benchmark]
    public int DirectInstanceAndAdd()
    {
        using var store = new ComponentStore(_engine);
        Span<ValRaw> slots = [ValRaw.FromI32(1), ValRaw.FromI32(2)];
        _pre.Instantiate(store).GetExport(_interface, "add").Call(slots);
        return slots[0].I32;
    }

    private List<CoreInstance> InstantiateCore(CoreStore store)
    {
        var instances = new List<CoreInstance>(_component.Plan.Instantiations.Count);
        foreach (var instantiation in _component.Plan.Instantiations)
        {
            var imports = new CoreExternal[instantiation.Imports.Count];
            for (var i = 0; i < imports.Length; i++)
            {
                var definition = instantiation.Imports[i].Definition;
                imports[i] = definition.Kind == CoreDefinitionKind.Lowering
                    ? _stubs.GetFunction(store, "lowering", definition.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))!
                    : instances[definition.Index].GetExport(definition.ExportName!)!;
            }

            instances.Add(CoreInstance.Instantiate(store, _component.Modules[instantiation.Module], imports));
        }

        return instances;
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
