using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A <see cref="DirectComponent"/> linked once to its host functions, for instantiating it in any number of stores:
/// every lowered import is an unchecked host trampoline defined once, and each core instantiation whose imports are
/// all lowered functions (or none) is pre-linked (<c>wasmtime_linker_instantiate_pre</c>); only instantiations that
/// import another instance's exports are resolved per store. Thread-safe once created.
/// </summary>
internal sealed class DirectInstancePre : IDisposable
{
    private const string LoweringModule = "lowering";
    private const string BuiltinModule = "builtin";

    // The two module names in UTF-8, as per-store import lookups pass them.
    private static readonly byte[] LoweringModuleName = Encoding.UTF8.GetBytes(LoweringModule);
    private static readonly byte[] BuiltinModuleName = Encoding.UTF8.GetBytes(BuiltinModule);

    private readonly DirectHostFunction[] _hosts;
    private readonly CoreLinker _lowerings;
    private readonly CoreInstancePre?[] _preLinked;

    // Per core instantiation resolved per store (not pre-linked): the UTF-8 name each import is looked up by.
    private readonly byte[][]?[] _importNames;
    private readonly List<IDisposable> _owned = [];

    // The layouts of each exported function called so far, by path: the same for every instance of the link.
    private readonly ConcurrentDictionary<string, FunctionAbi> _exportAbis = new(StringComparer.Ordinal);

    // What trampolines find their instance by: not this object, which their registrations would keep alive for good.
    private readonly object _key = new();

    // The instance that called one of the links last, while its store is in use (see FindCaller).
    private DirectInstance? _lastCaller;

    /// <summary>Links <paramref name="component"/>'s imports to <paramref name="hosts"/>.</summary>
    /// <exception cref="WitRuntimeException">An imported function has no host function (the message names it).</exception>
    public DirectInstancePre(DirectComponent component, DirectHostFunctions hosts)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(hosts);
        Component = component;
        var plan = component.Plan;
        _hosts = new DirectHostFunction[plan.Lowerings.Count];
        SharedCanonical = new object?[plan.Lowerings.Count];
        foreach (var lowering in plan.Lowerings)
        {
            if (lowering.Callee is LiftedFunction)
            {
                // A call between the component's own instances: a fused adapter (DirectAdapter), no host function.
                continue;
            }

            var path = ImportPath(lowering);
            _hosts[lowering.Index] = hosts.Find(path)
                ?? throw new WitRuntimeException($"{component.SentenceName} imports the function '{path}', for which no host function is defined.");
            if (hosts.DeclaredType(path) is { } declared && lowering.Type is { } lowered && DirectTypeMatch.Difference(declared, lowered) is { } difference)
            {
                throw new WitRuntimeException($"{component.SentenceName} imports the function '{path}' with another type than its host function declares: {difference}.");
            }
        }

        ResourceTypes = plan.Resources.Select(r => r.Import is { } import ? hosts.FindResource(import.DisplayName) : null).ToArray();
        var types = ImportedFunctionTypes(component);
        _lowerings = Own(new CoreLinker(component.Engine));
        for (var i = 0; i < types.Lowerings.Length; i++)
        {
            if (types.Lowerings[i] is { } type)
            {
                _lowerings.DefineFunction(LoweringModule, i.ToString(CultureInfo.InvariantCulture), type, Trampoline(i));
            }
        }

        for (var i = 0; i < types.Builtins.Length; i++)
        {
            if (types.Builtins[i] is { } type)
            {
                _lowerings.DefineFunction(BuiltinModule, i.ToString(CultureInfo.InvariantCulture), type, Builtin(plan.Builtins[i]));
            }
        }

        _preLinked = new CoreInstancePre?[plan.Instantiations.Count];
        foreach (var instantiation in plan.Instantiations)
        {
            _preLinked[instantiation.Index] = PreLink(instantiation, types);
        }

        _importNames = new byte[][]?[plan.Instantiations.Count];
        foreach (var instantiation in plan.Instantiations)
        {
            if (_preLinked[instantiation.Index] is null)
            {
                _importNames[instantiation.Index] = instantiation.Imports.Select(binding => ImportName(binding.Definition)).ToArray();
            }
        }
    }

    /// <summary>The component.</summary>
    public DirectComponent Component { get; }

    /// <summary>The host resource type of each imported resource, by plan index (null: any host object is accepted).</summary>
    internal HostResourceType?[] ResourceTypes { get; private set; } = [];

    /// <summary>
    /// Per lowering, what the generated Canonical ABI implementation decided on its first call that holds for every
    /// instance of this link (<see cref="DirectCallContext.SharedCanonical"/>).
    /// </summary>
    internal object?[] SharedCanonical { get; }

    /// <summary>Which core instantiations, by plan index, are pre-linked rather than resolved per store.</summary>
    public IEnumerable<int> PreLinkedInstantiations => Enumerable.Range(0, _preLinked.Length).Where(i => _preLinked[i] is not null);

    /// <summary>
    /// Instantiates the component's core modules in plan order in <paramref name="store"/> (their start functions
    /// run), ready to call its exports.
    /// </summary>
    /// <exception cref="WitRuntimeException">
    /// A store limit refused a memory or table, a start function trapped, or the store is poisoned; a host function's
    /// exception is rethrown as it was thrown.
    /// </exception>
    public DirectInstance Instantiate(ComponentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!ReferenceEquals(store.Engine, Component.Engine))
        {
            throw new ArgumentException("The store belongs to another engine than the component's.", nameof(store));
        }

        var core = CoreStore.For(store);
        var instance = new DirectInstance(this, core);
        var calledBack = _hosts.Length > 0 || Component.Plan.Builtins.Count > 0;
        if (calledBack && !DirectInstanceTable.TryAdd(core, _key, instance))
        {
            // Trampolines find their instance by store and link: a second instance in the same store gets links of its own.
            return new DirectInstancePre(Component, _hosts, ResourceTypes).Instantiate(store);
        }

        try
        {
            var plan = Component.Plan;
            foreach (var instantiation in plan.Instantiations)
            {
                instance.AddCoreInstance(_preLinked[instantiation.Index] is { } pre
                    ? pre.Instantiate(core)
                    : CoreInstance.InstantiateItems(core, Component.Modules[instantiation.Module], ResolveImports(instance, instantiation)));
            }

            return instance;
        }
        catch when (calledBack)
        {
            DirectInstanceTable.Remove(core, _key);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }
    }

    /// <summary>The layouts of the exported function <paramref name="path"/> of type <paramref name="type"/>, made once for every instance.</summary>
    /// <exception cref="NotSupportedException">The function is async, or its type holds one the direct backend cannot pass yet.</exception>
    internal FunctionAbi ExportAbi(string path, FuncNode type) =>
        _exportAbis.GetOrAdd(path, static (path, state) => FunctionAbi.Create(path, state.Type, new AbiTypeBuilder(state.Plan.FindResource)), (Type: type, Component.Plan));

    /// <summary>The host function bound to lowering <paramref name="lowering"/>.</summary>
    internal DirectHostFunction Host(int lowering) => _hosts[lowering];

    /// <summary>The import path a lowering calls.</summary>
    internal static string ImportPath(CoreLowering lowering) =>
        lowering.Callee is ImportedItem imported ? imported.DisplayName : lowering.Callee.ToString() ?? "lowering " + lowering.Index;

    private DirectInstancePre(DirectComponent component, DirectHostFunction[] hosts, HostResourceType?[] resourceTypes)
        : this(component, Rebind(component, hosts, resourceTypes))
    {
    }

    private static DirectHostFunctions Rebind(DirectComponent component, DirectHostFunction[] hosts, HostResourceType?[] resourceTypes)
    {
        var functions = new DirectHostFunctions();
        foreach (var resource in component.Plan.Resources)
        {
            if (resource.Import is { } import && resourceTypes[resource.Index] is { } type)
            {
                functions.DefineResource(import.DisplayName, type);
            }
        }

        foreach (var lowering in component.Plan.Lowerings)
        {
            if (lowering.Callee is not LiftedFunction && functions.Find(ImportPath(lowering)) is null)
            {
                functions.Define(ImportPath(lowering), hosts[lowering.Index]);
            }
        }

        return functions;
    }

    /// <summary>
    /// Forgets <paramref name="instance"/> as the last instance that called one of the links, once its store is left:
    /// the links keep no store alive.
    /// </summary>
    internal void ForgetCaller(DirectInstance instance) => Interlocked.CompareExchange(ref _lastCaller, null, instance);

    private CoreHostFunction Trampoline(int lowering)
    {
        var component = Component;
        return (caller, slots) =>
        {
            var instance = FindCaller(caller)
                ?? throw new WitRuntimeException($"The import '{ImportPath(component.Plan.Lowerings[lowering])}' was called from a store holding no instance of {component.Name}.");
            instance.CallImport(lowering, slots);
        };
    }

    // The instance of this pre-link in the calling store. The last one found is tried first: a store that is not
    // disposed is the only live one with its native context, so its instance is the caller's when the contexts match.
    private DirectInstance? FindCaller(CoreCaller caller)
    {
        if (Volatile.Read(ref _lastCaller) is { } last
            && last.Store.Store.EnteredContext == caller.Context
            && !last.Store.Store.Handle.IsDisposed)
        {
            return last;
        }

        var found = DirectInstanceTable.Find(caller.Store, _key);
        if (found is not null)
        {
            Volatile.Write(ref _lastCaller, found);
        }

        return found;
    }

    // The resource built-ins run on the calling instance's handle tables; any other built-in (refused by DirectSupport
    // unless allowed as a stub) traps when called.
    private CoreHostFunction Builtin(CanonicalBuiltin builtin)
    {
        var component = Component;
        DirectInstance Find(CoreCaller caller) => FindCaller(caller)
            ?? throw new WitRuntimeException($"The built-in '{builtin.Name}' was called from a store holding no instance of {component.Name}.");
        CoreHostFunction run = builtin.Name switch
        {
            "resource.new" => (caller, slots) => slots[0] = ValRaw.FromI32(unchecked((int)Find(caller).Resources.New(builtin, (uint)slots[0].I32))),
            "resource.rep" => (caller, slots) => slots[0] = ValRaw.FromI32(unchecked((int)Find(caller).Resources.Rep(builtin, (uint)slots[0].I32))),
            "resource.drop" => (caller, slots) => Find(caller).Resources.Drop(builtin, (uint)slots[0].I32),
            _ => (_, _) => throw new WitTrapException($"The component called the canonical built-in '{builtin.Name}', which the direct backend does not support."),
        };
        return (caller, slots) =>
        {
            try
            {
                run(caller, slots);
            }
            catch (WitRuntimeException trap) when (DirectGuestTrap.IsPlain(trap))
            {
                throw new DirectGuestTrap(trap);
            }
        };
    }

    private CoreInstancePre? PreLink(CoreInstantiation instantiation, (CoreFuncType?[] Lowerings, CoreFuncType?[] Builtins) types)
    {
        var module = Component.Modules[instantiation.Module];
        var linker = new CoreLinker(Component.Engine);
        var defined = new HashSet<(string, string)>();
        foreach (var binding in instantiation.Imports)
        {
            var definition = binding.Definition;
            var type = definition.Kind switch
            {
                CoreDefinitionKind.Lowering => types.Lowerings[definition.Index],
                CoreDefinitionKind.Builtin => types.Builtins[definition.Index],
                _ => null,
            };
            if (type is null || !defined.Add((binding.Import.Module, binding.Import.Name)))
            {
                linker.Dispose();
                return null;
            }

            linker.DefineFunction(binding.Import.Module, binding.Import.Name, type, definition.Kind == CoreDefinitionKind.Lowering
                ? Trampoline(definition.Index)
                : Builtin(Component.Plan.Builtins[definition.Index]));
        }

        Own(linker);
        return Own(linker.InstantiatePre(module));
    }

    // One entry into the store and one lease of the linker for all the lookups, each a native call from this frame.
    private unsafe CoreExtern[] ResolveImports(DirectInstance instance, CoreInstantiation instantiation)
    {
        var names = _importNames[instantiation.Index]!;
        var imports = new CoreExtern[instantiation.Imports.Count];
        using var linker = _lowerings.Handle.Lease();
        using var entered = instance.Store.Enter("resolving a core module's imports");
        for (var i = 0; i < imports.Length; i++)
        {
            var definition = instantiation.Imports[i].Definition;
            var name = names[i];
            CoreExtern item;
            if (definition.Kind is CoreDefinitionKind.Lowering or CoreDefinitionKind.Builtin)
            {
                var module = definition.Kind == CoreDefinitionKind.Lowering ? LoweringModuleName : BuiltinModuleName;
                bool found;
                fixed (byte* moduleText = module)
                fixed (byte* nameText = name)
                {
                    found = CoreNativeMethods.wasmtime_linker_get(
                        linker.Pointer, entered.Context, moduleText, (nuint)module.Length, nameText, (nuint)name.Length, &item);
                }

                if (!found || item.Kind != CoreExternKind.Func)
                {
                    throw new WitRuntimeException($"The {definition} of {Component.Name} has no core function type.");
                }
            }
            else
            {
                var exporter = instance.Exporter(definition).Item;
                bool found;
                fixed (byte* nameText = name)
                {
                    found = CoreNativeMethods.wasmtime_instance_export_get(entered.Context, &exporter, nameText, (nuint)name.Length, &item);
                }

                if (!found)
                {
                    throw new WitRuntimeException($"{Component.SentenceName} has no {definition}.");
                }

                if (item.Kind is not (CoreExternKind.Func or CoreExternKind.Memory or CoreExternKind.Table or CoreExternKind.Global))
                {
                    throw new NotSupportedException($"The export '{definition.ExportName}' is a {item.Kind}, which the direct backend does not use.");
                }
            }

            imports[i] = item;
        }

        return imports;
    }

    /// <summary>The UTF-8 name an import bound to <paramref name="definition"/> is found by in the store.</summary>
    private static byte[] ImportName(CoreDefinition definition) =>
        definition.Kind switch
        {
            CoreDefinitionKind.Lowering or CoreDefinitionKind.Builtin => Encoding.UTF8.GetBytes(definition.Index.ToString(CultureInfo.InvariantCulture)),
            _ => Encoding.UTF8.GetBytes(definition.ExportName ?? string.Empty),
        };

    /// <summary>
    /// The core signature of each lowering and built-in, read from the module imports it is bound to (null where no
    /// module imports it).
    /// </summary>
    private static (CoreFuncType?[] Lowerings, CoreFuncType?[] Builtins) ImportedFunctionTypes(DirectComponent component)
    {
        var plan = component.Plan;
        var lowerings = new CoreFuncType?[plan.Lowerings.Count];
        var builtins = new CoreFuncType?[plan.Builtins.Count];
        var moduleTypes = new CoreFuncType?[]?[plan.Modules.Count];
        foreach (var instantiation in plan.Instantiations)
        {
            for (var i = 0; i < instantiation.Imports.Count; i++)
            {
                var definition = instantiation.Imports[i].Definition;
                var types = definition.Kind switch
                {
                    CoreDefinitionKind.Lowering => lowerings,
                    CoreDefinitionKind.Builtin => builtins,
                    _ => null,
                };
                if (types is not null && types[definition.Index] is null)
                {
                    var declared = moduleTypes[instantiation.Module] ??= CoreModuleImportTypes.Read(component.Modules[instantiation.Module]);
                    types[definition.Index] = i < declared.Length ? declared[i] : null;
                }
            }
        }

        return (lowerings, builtins);
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
