using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;
using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// Per-request instantiation on the direct backend: a new store and a <see cref="DirectInstance"/> of a conformance
/// component (wit-component output: the one-module <c>adder</c>, and <c>numbers</c> with its shim, fixup, preview1
/// adapter and 26 lowered imports as trapping stubs), against the floor of instantiating the same compiled core
/// modules in plan order with <c>wasmtime_instance_new</c> through the core layer, imports passed by hand. Both create
/// and dispose a store; the <c>AndCall</c> rows add one call of a scalar export (<c>add</c>, <c>roundtrip-s32</c>) on
/// the new instance. Without the conformance material the adder is a one-module WAT component.
/// </summary>
[MemoryDiagnoser]
public class DirectInstantiationBenchmarks
{

    private readonly List<IDisposable> _owned = [];
    private WasmEngine _engine = null!;
    private DirectComponent _component = null!;
    private DirectInstancePre _pre = null!;
    private CoreLinker _stubs = null!;
    private string _interface = null!;
    private string _function = null!;

    /// <summary>The conformance component instantiated.</summary>
    [Params("adder", "numbers")]
    public string Component { get; set; } = "adder";

    [GlobalSetup]
    public void Setup()
    {
        _engine = Own(new WasmEngine(new WasmEngineOptions { CacheCompiledComponents = false }));
        var file = ConformancePaths.Conformance is { } conformance ? Path.Combine(conformance, "components", "wasm", Component + ".component.wasm") : null;
        (_interface, _function) = Component == "adder" ? ("docs:adder/add@0.1.0", "add") : ("test:numbers/test", "roundtrip-s32");
        if (file is not null && File.Exists(file))
        {
            _component = DirectComponent.Load(_engine, File.ReadAllBytes(file), Path.GetFileName(file));
        }
        else
        {
            _component = DirectComponent.FromWat(_engine, BenchmarkComponents.ComponentAdd);
            (_interface, _function) = ("bench:runtime/api", "add");
        }

        var hosts = new DirectHostFunctions();
        foreach (var path in _component.ImportedFunctions)
        {
            hosts.Define(path, static (context, _) => throw new InvalidOperationException(context.FunctionPath + " is a stub"));
        }

        _pre = Own(new DirectInstancePre(_component, hosts));

        // The floor's host functions: the same lowerings as trapping core functions, materialized per store.
        _stubs = Own(new CoreLinker(_engine));
        var defined = new HashSet<(CoreDefinitionKind, int)>();
        foreach (var instantiation in _component.Plan.Instantiations)
        {
            var types = CoreModuleImportTypes.Read(_component.Modules[instantiation.Module]);
            for (var i = 0; i < instantiation.Imports.Count; i++)
            {
                var definition = instantiation.Imports[i].Definition;
                if (definition.Kind != CoreDefinitionKind.InstanceExport && defined.Add((definition.Kind, definition.Index)))
                {
                    _stubs.DefineFunction(definition.Kind.ToString(), definition.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), types[i]!, static (_, _) =>
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

    /// <summary>The floor and one call of the scalar export.</summary>
    [Benchmark]
    public int CoreInstanceNewAndCall()
    {
        using var store = new ComponentStore(_engine);
        var instances = InstantiateCore(CoreStore.For(store));
        var lifted = _component.Plan.FindLiftedFunction(_interface, _function)!;
        Span<ValRaw> slots = [ValRaw.FromI32(1), ValRaw.FromI32(2)];
        instances[lifted.Core.Index].GetFunction(lifted.Core.ExportName!)!.Call(slots);
        return slots[0].I32;
    }

    /// <summary>A <see cref="DirectInstance"/> and one call of its scalar export.</summary>
    [Benchmark]
    public int DirectInstanceAndCall()
    {
        using var store = new ComponentStore(_engine);
        Span<ValRaw> slots = [ValRaw.FromI32(1), ValRaw.FromI32(2)];
        _pre.Instantiate(store).GetExport(_interface, _function).Call(slots);
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
                imports[i] = definition.Kind != CoreDefinitionKind.InstanceExport
                    ? _stubs.GetFunction(store, definition.Kind.ToString(), definition.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))!
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
