using WitBindgen.Wit.Binary.Loading;
using Managed = Wasmtime;

namespace WitBindgen.Runtime.Tests.Loading;

/// <summary>
/// Runs a flattened plan on the Wasmtime package's managed core API: compiles each module, instantiates them in
/// plan order with every import taken from the binding the plan gives it, and lets lifted core functions be
/// called with flat arguments. Lowered imports call the handlers given by import path; every other lowering and
/// built-in traps when called.
/// </summary>
internal sealed class CoreOracle : IDisposable
{
    private readonly Managed.Engine _engine = new();
    private readonly Managed.Store _store;
    private readonly List<Managed.Module> _modules = new();
    private readonly List<Managed.Instance> _instances = new();
    private readonly ComponentPlan _plan;
    private readonly IReadOnlyDictionary<string, Func<int>> _handlers;

    public CoreOracle(ComponentPlan plan, IReadOnlyDictionary<string, Func<int>>? handlers = null)
    {
        _plan = plan;
        _handlers = handlers ?? new Dictionary<string, Func<int>>();
        _store = new Managed.Store(_engine);
        foreach (var module in plan.Modules)
        {
            _modules.Add(Managed.Module.FromBytes(_engine, "module" + module.Index, module.Content.AsSpan()));
        }

        foreach (var instantiation in plan.Instantiations)
        {
            var module = _modules[instantiation.Module];
            var declared = module.Imports;
            declared.Count.ShouldBe(instantiation.Imports.Count, "imports of module " + instantiation.Module);
            var imports = new object[declared.Count];
            for (var i = 0; i < declared.Count; i++)
            {
                var binding = instantiation.Imports[i];
                (declared[i].ModuleName, declared[i].Name).ShouldBe((binding.Import.Module, binding.Import.Name));
                imports[i] = Resolve(binding.Definition, declared[i]);
            }

            _instances.Add(new Managed.Instance(_store, module, imports));
        }
    }

    /// <summary>Import paths of the lowerings the guest called, in order.</summary>
    public List<string> Calls { get; } = new();

    /// <summary>Calls a lifted function's core function with flat arguments.</summary>
    public object? Call(LiftedFunction function, params Managed.ValueBox[] args)
    {
        function.Core.Kind.ShouldBe(CoreDefinitionKind.InstanceExport);
        var core = _instances[function.Core.Index].GetFunction(function.Core.ExportName!)
            ?? throw new InvalidOperationException("no core function " + function.Core);
        return core.Invoke(args);
    }

    public void Dispose()
    {
        _store.Dispose();
        foreach (var module in _modules)
        {
            module.Dispose();
        }

        _engine.Dispose();
    }

    private object Resolve(CoreDefinition definition, Managed.Import import)
    {
        if (definition.Kind == CoreDefinitionKind.InstanceExport)
        {
            var instance = _instances[definition.Index];
            var name = definition.ExportName!;
            object? item = definition.Sort switch
            {
                CoreSort.Func => instance.GetFunction(name),
                CoreSort.Memory => instance.GetMemory(name),
                CoreSort.Table => instance.GetTable(name),
                CoreSort.Global => instance.GetGlobal(name),
                _ => null,
            };
            return item ?? throw new InvalidOperationException("core instance " + definition.Index + " has no " + definition.Sort + " " + name);
        }

        var function = (Managed.FunctionImport)import;
        var label = definition.Kind == CoreDefinitionKind.Lowering && _plan.Lowerings[definition.Index].Callee is ImportedItem imported
            ? imported.DisplayName
            : definition.ToString();
        return Managed.Function.FromCallback(
            _store,
            (Managed.Caller caller, ReadOnlySpan<Managed.ValueBox> args, Span<Managed.ValueBox> results) =>
            {
                Calls.Add(label);
                if (!_handlers.TryGetValue(label, out var handler))
                {
                    throw new InvalidOperationException("stub for " + label + " called");
                }

                results[0] = handler();
            },
            function.Parameters,
            function.Results);
    }
}
