using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A component instantiated on the direct backend: its core instances in one <see cref="CoreStore"/>, its exports
/// (<see cref="GetExport"/>), and the component model's instance flags: <c>may_enter</c> of each component instance
/// inside it, the outermost and the nested ones of a composed component (no call into an instance already on the
/// stack, entering it and its ancestors as CanonicalABI.md's <c>entering_set</c> defines), and <c>may_leave</c> (no
/// import while realloc or post-return runs). Either violation traps and poisons the store, as any trap does. Used by
/// the store's thread only.
/// </summary>
internal sealed class DirectInstance
{
    private readonly List<CoreInstance> _instances = [];
    private readonly DirectCallContext?[] _contexts;
    private readonly DirectAdapter?[] _adapters;
    private readonly int[]?[] _hostEntering;

    // Per component instance: entered, that is may_enter cleared.
    private readonly bool[] _entered;

    // The memories and functions canonical options name, by core instance and export: an instance's lowerings share a
    // few, so each is looked up (and a function's type read) once.
    private readonly Dictionary<(int Instance, string Export), CoreExternal> _optionTargets = [];

    private Dictionary<string, DirectExport>? _exports;

    // One flag for all component instances: while one runs realloc or post-return, only its own code can run (every
    // call out of it traps), so its may_leave is the only one that can be consulted.
    private bool _mayLeave = true;

    internal DirectInstance(DirectInstancePre pre, CoreStore store)
    {
        Pre = pre;
        Store = store;
        _contexts = new DirectCallContext?[pre.Component.Plan.Lowerings.Count];
        _adapters = new DirectAdapter?[pre.Component.Plan.Lowerings.Count];
        _hostEntering = new int[]?[pre.Component.Plan.ComponentInstanceParents.Count];
        _entered = new bool[pre.Component.Plan.ComponentInstanceParents.Count];
        Resources = new Resources.DirectResources(this);
    }

    /// <summary>The handle tables and resource built-ins of the instance.</summary>
    public Resources.DirectResources Resources { get; }

    /// <summary>What the instance was made from.</summary>
    public DirectInstancePre Pre { get; }

    /// <summary>The component.</summary>
    public DirectComponent Component => Pre.Component;

    /// <summary>The store the core instances live in.</summary>
    public CoreStore Store { get; }

    /// <summary>The core instances in plan order.</summary>
    public IReadOnlyList<CoreInstance> CoreInstances => _instances;

    /// <summary>
    /// The function exported as <paramref name="name"/> at the top level (<paramref name="instance"/> null) or inside
    /// the exported instance <paramref name="instance"/>.
    /// </summary>
    /// <exception cref="WitRuntimeException">There is no such function, or its options do not fit it (the message says how).</exception>
    public DirectExport GetExport(string? instance, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var path = instance is null ? name : instance + "#" + name;
        if (_exports?.TryGetValue(path, out var export) == true)
        {
            return export;
        }

        var function = Component.Plan.FindLiftedFunction(instance, name)
            ?? throw new WitRuntimeException($"{Component.SentenceName} exports no function '{path}'.");
        if (function.Core.Kind != CoreDefinitionKind.InstanceExport || function.Core.Sort != CoreSort.Func)
        {
            throw new WitRuntimeException($"The export '{path}' lifts {function.Core}, which is not a core function of a module instance.");
        }

        var core = _instances[function.Core.Index].GetFunction(function.Core.ExportName!, path)
            ?? throw new WitRuntimeException($"The export '{path}' lifts {function.Core}, which is not a function.");
        var options = ResolveOptions(function.Options, path);
        if (options.PostReturn is { } postReturn && (postReturn.ParameterCount != core.ResultCount || postReturn.ResultCount != 0))
        {
            throw new WitRuntimeException(
                $"The post-return function of '{path}' takes {postReturn.ParameterCount} parameter(s) and returns {postReturn.ResultCount} result(s); " +
                $"it must take the function's {core.ResultCount} result(s) and return nothing.");
        }

        export = new DirectExport(this, path, core, options, function.Type, function.ComponentInstance);
        (_exports ??= new Dictionary<string, DirectExport>(StringComparer.Ordinal)).Add(path, export);
        return export;
    }

    /// <summary>The core item <paramref name="definition"/> names: an export of one of the instance's core instances.</summary>
    internal CoreExternal Resolve(CoreDefinition definition) =>
        Exporter(definition).GetExport(definition.ExportName!) ?? throw new WitRuntimeException($"{Component.SentenceName} has no {definition}.");

    /// <summary>The core instance whose export <paramref name="definition"/> names, as <see cref="Resolve"/> checks it.</summary>
    /// <exception cref="WitRuntimeException">The definition is no export of a core instance, or names one not instantiated yet.</exception>
    internal CoreInstance Exporter(CoreDefinition definition)
    {
        if (definition.Kind != CoreDefinitionKind.InstanceExport)
        {
            throw new WitRuntimeException($"The direct backend cannot pass {definition} of {Component.Name} here.");
        }

        if (definition.Index >= _instances.Count)
        {
            throw new WitRuntimeException($"{Component.SentenceName} uses {definition} before that instance exists.");
        }

        return _instances[definition.Index];
    }

    internal void AddCoreInstance(CoreInstance instance) => _instances.Add(instance);

    /// <summary>Runs the lowering <paramref name="lowering"/>'s host function for a guest call (the trampoline's body).</summary>
    internal void CallImport(int lowering, Span<ValRaw> argsAndResults)
    {
        // A host function's context exists from its first call on, so later calls read one array slot of this
        // instance, not the component's plan.
        var context = _contexts[lowering];
        if (context is null)
        {
            if (Component.Plan.Lowerings[lowering].Callee is LiftedFunction)
            {
                var adapter = _adapters[lowering] ??= DirectAdapter.Create(this, Component.Plan.Lowerings[lowering]);
                CheckMayLeave(adapter.Path);
                adapter.Call(argsAndResults);
                return;
            }

            context = _contexts[lowering] = CreateContext(lowering);
        }

        CheckMayLeave(context.FunctionPath);
        if (context.Canonical is Canonical.CanonicalImport typed)
        {
            // Bound by the lowering's own host function on its first call: later calls go to it straight.
            typed.Call(argsAndResults);
            return;
        }

        Pre.Host(lowering)(context, argsAndResults);
    }

    /// <summary>
    /// Marks a call of <paramref name="path"/> from the host entering the component instance
    /// <paramref name="componentInstance"/> and its ancestors; traps (poisoning the store) if any of them is already on
    /// the stack.
    /// </summary>
    internal void Enter(string path, int componentInstance) => EnterFrom(path, HostEntering(componentInstance));

    /// <summary>Leaves what <see cref="Enter"/> entered.</summary>
    internal void Leave(int componentInstance) => LeaveTo(HostEntering(componentInstance));

    /// <summary>
    /// Marks a call of <paramref name="path"/> entering the component instances <paramref name="entering"/> (an
    /// <c>entering_set</c>); traps (poisoning the store) if any of them is already on the stack.
    /// </summary>
    internal void EnterFrom(string path, int[] entering)
    {
        foreach (var instance in entering)
        {
            if (_entered[instance])
            {
                var error = new WitReentranceException(
                    $"Cannot call '{path}': its instance is already running further up this thread's call stack (a host function " +
                    "or a component inside it called back into an instance that called it). The component model traps a call that " +
                    "might be recursive, so the store is now poisoned.")
                {
                    FunctionName = path,
                };
                Store.Store.Poison(error, path);
                throw error;
            }
        }

        foreach (var instance in entering)
        {
            _entered[instance] = true;
        }
    }

    /// <summary>Leaves what <see cref="EnterFrom"/> entered.</summary>
    internal void LeaveTo(int[] entering)
    {
        foreach (var instance in entering)
        {
            _entered[instance] = false;
        }
    }

    /// <summary>
    /// The spec's <c>entering_set</c>: <paramref name="callee"/> and its ancestors, less <paramref name="caller"/> and
    /// its ancestors (none for the host, -1).
    /// </summary>
    internal int[] EnteringSet(int callee, int caller)
    {
        var parents = Component.Plan.ComponentInstanceParents;
        var callerChain = new HashSet<int>();
        for (var instance = caller; instance >= 0; instance = parents[instance])
        {
            callerChain.Add(instance);
        }

        var entering = new List<int>();
        for (var instance = callee; instance >= 0; instance = parents[instance])
        {
            if (!callerChain.Contains(instance))
            {
                entering.Add(instance);
            }
        }

        return [.. entering];
    }

    /// <summary>
    /// Calls realloc or post-return with <c>may_leave</c> cleared, so an import called meanwhile traps: CanonicalABI.md
    /// clears it around every realloc call (<c>LiftLowerContext.reallocate</c>, also while a host import's results are
    /// lowered into the caller) and around post-return (<c>canon_lift</c>), and <c>canon_lower</c> starts with
    /// <c>trap_if(not thread.task.inst.may_leave)</c>.
    /// </summary>
    internal void RunWithoutLeaving(CoreFunction function, Span<ValRaw> argsAndResults, bool inCall = false)
    {
        var mayLeave = _mayLeave;
        _mayLeave = false;
        try
        {
            if (inCall)
            {
                function.CallEntered(argsAndResults);
            }
            else
            {
                function.Call(argsAndResults);
            }
        }
        finally
        {
            _mayLeave = mayLeave;
        }
    }

    private int[] HostEntering(int componentInstance) => _hostEntering[componentInstance] ??= EnteringSet(componentInstance, -1);

    private void CheckMayLeave(string path)
    {
        if (!_mayLeave)
        {
            throw new WitTrapException(
                $"The import '{path}' was called while the guest's realloc or post-return ran; the component model " +
                "forbids leaving the instance then (may_leave), so the call traps and the store is poisoned.")
            {
                FunctionName = path,
            };
        }
    }

    private DirectCallContext CreateContext(int index)
    {
        var lowering = Component.Plan.Lowerings[index];
        var path = DirectInstancePre.ImportPath(lowering);
        return new DirectCallContext(this, index, path, lowering.Type, ResolveOptions(lowering.Options, path), lowering.ComponentInstance);
    }

    /// <summary>The canonical options <paramref name="options"/> of <paramref name="path"/> resolved to the instance's externs.</summary>
    internal DirectOptions ResolveOptions(CanonicalOptions options, string path)
    {
        var memory = options.Memory is { } memoryDefinition
            ? ResolveOptionTarget(memoryDefinition) as CoreMemory ?? throw new WitRuntimeException($"The memory option of '{path}' is not a memory.")
            : null;
        return new DirectOptions(this, path, options.StringEncoding, memory, ResolveFunction(options.Realloc, path), ResolveFunction(options.PostReturn, path));
    }

    /// <summary>The core function <paramref name="definition"/> names (a resource destructor, for one).</summary>
    internal CoreFunction ResolveCoreFunction(CoreDefinition definition, string path) => ResolveFunction(definition, path)!;

    private CoreFunction? ResolveFunction(CoreDefinition? definition, string path)
    {
        if (definition is null)
        {
            return null;
        }

        if (definition.Kind != CoreDefinitionKind.InstanceExport)
        {
            throw new WitRuntimeException($"A canonical option of '{path}' is {definition}, which the direct backend cannot call yet.");
        }

        if (definition.Index >= _instances.Count)
        {
            throw new WitRuntimeException($"A canonical option of '{path}' names {definition} before that instance exists.");
        }

        return OptionTarget(definition) is CoreFunction function
            ? function.Named(path)
            : throw new WitRuntimeException($"A canonical option of '{path}' names {definition}, which is not a function.");
    }

    /// <summary>What <see cref="Resolve"/> finds for a canonical option, with its checks and errors.</summary>
    private CoreExternal ResolveOptionTarget(CoreDefinition definition)
    {
        _ = Exporter(definition);
        return OptionTarget(definition) ?? Resolve(definition);
    }

    // The export of an existing core instance that a canonical option names, or null: looked up once per export, since an
    // instance's lowerings share a few.
    private CoreExternal? OptionTarget(CoreDefinition definition)
    {
        var key = (definition.Index, definition.ExportName!);
        if (!_optionTargets.TryGetValue(key, out var target) && _instances[definition.Index].GetExport(definition.ExportName!) is { } found)
        {
            _optionTargets.Add(key, target = found);
        }

        return target;
    }
}
