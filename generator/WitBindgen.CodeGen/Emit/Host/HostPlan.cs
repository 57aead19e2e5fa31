using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// The names of everything the host bindings declare, decided once before any file is written: the C#
/// interface the user implements for each imported WIT interface (<c>I</c> + name), the class wrapping each
/// exported interface (name + <c>Exports</c>) and its fields, the resource classes and their members, the world
/// class, its members, fields and factory parameters. The emitters only read it.
/// </summary>
internal sealed class HostPlan
{
    /// <summary>Members of the world class that WIT-derived names must not take.</summary>
    private static readonly string[] WorldClassMembers = new[]
    {
        "Instance", "Store", "Dispose", "AddToLinker", "CreateLinker", "Instantiate", "FromFile", "FromInstance",
        "DefineImports", "SharedLinker",
    }.Concat(ObjectMemberNames.All).ToArray();

    /// <summary>Parameters of the world class's factories that WIT-derived parameter names must not take.</summary>
    private static readonly string[] GeneratedParameters = { "engine", "store", "component", "linker", "path", "wasi", "instance" };

    // Planning state, used while the constructor runs.
    private readonly PlanTypeNames _typeNames = new();
    private readonly Dictionary<TypeId, ResourceBindingBuilder> _resources = new();
    private readonly Dictionary<TypeId, ResourceBinding> _built = new();
    private readonly NameScope _worldMembers;

    // Parameters named after WIT interfaces are claimed first, and keep their name unless the factories' own
    // parameters have it (then `Imports` is appended: `storeImports`); the parameter for the world's own
    // functions is `imports`, or, when an interface has that name, named after its C# interface (`fooImports`).
    private readonly NameScope _parameters = new(GeneratedParameters);

    private HostPlan(CodeGenContext context)
    {
        Context = context;
        var worldNames = _typeNames.Of(context.WorldContainer);
        var marshalClassName = worldNames.Claim(CSharpNames.ToPascalCase(context.World.Name) + "Marshal");
        var worldClassName = CSharpNames.ToPascalCase(context.World.Name);
        if (WorldClassMembers.Contains(worldClassName))
        {
            // A world `dispose` or `store`: the class has a member of that name, so the class takes a suffix.
            worldNames.Reserve(worldClassName);
        }

        WorldClassName = worldNames.Claim(worldClassName);
        _worldMembers = new NameScope(WorldClassMembers.Append(WorldClassName));

        var worldImports = context.WorldItems.ImportedFunctions;
        var worldOwner = TypeOwner.Of(context.WorldId);
        var worldResources = context.WorldItems.ImportedTypes
            .Select(t => context.Model.Unalias(WitType.Of(t)).Id)
            .Where(t => context.Model[t].Kind is ResourceKind && context.Model[t].Owner == worldOwner && context.IsDeclared(t))
            .Distinct()
            .Select(t => PlanResource(context.WorldContainer, t))
            .ToList();
        if (worldImports.Count > 0 || worldResources.Count > 0)
        {
            WorldImportInterfaceName = worldNames.Claim("I" + WorldClassName + "Imports");
            var members = new NameScope(ObjectMemberNames.All);
            var functions = worldImports.Where(f => f.Resource is null).Select(f => FunctionShape.Create(context, f, null, members)).ToList();
            var worldResourcesById = worldResources.ToDictionary(b => b.Id);
            foreach (var function in worldImports.Where(f => f.Resource is not null))
            {
                if (ResourceOf(worldResourcesById, function) is { } resource)
                {
                    PlanHostResourceFunction(context, resource, function, null, members, functions);
                }
            }

            WorldImportFunctions = functions;
        }

        WorldResources = Build(worldResources, new Dictionary<TypeId, IReadOnlyDictionary<Function, string>>());
        WorldExportFunctions = context.WorldItems.ExportedFunctions
            .Select(f => FunctionShape.Create(context, f, null, _worldMembers)).ToList();

        var imports = new List<InterfaceBinding>();
        var exports = new List<InterfaceBinding>();
        var imported = new HashSet<InterfaceId>(context.WorldItems.ImportedInterfaces);
        var exported = new HashSet<InterfaceId>(context.WorldItems.ExportedInterfaces);
        foreach (var container in context.Interfaces)
        {
            var (import, export) = PlanInterface(container, imported.Contains(container.InterfaceId!.Value), exported.Contains(container.InterfaceId!.Value));
            if (import is not null)
            {
                imports.Add(import);
            }

            if (export is not null)
            {
                exports.Add(export);
            }
        }

        Imports = imports;
        Exports = exports;
        Resources = _built;
        UsesResources = WorldResources.Count > 0 || Imports.Any(b => b.Resources.Count > 0) || Exports.Any(b => b.Resources.Count > 0)
            || Imports.Concat(Exports).SelectMany(b => b.Functions).Concat(WorldImportFunctions).Concat(WorldExportFunctions)
                .Any(f => HostResources.UsesHandles(context.Model, f.Function));

        if (WorldImportInterfaceName is not null)
        {
            WorldImportParameter = _parameters.IsTaken("imports")
                ? _parameters.Claim(CSharpNames.ToCamelCase(WorldClassName).TrimStart('@') + "Imports")
                : _parameters.Claim("imports");
        }

        var worldFields = new NameScope(new[] { "_owned" });
        WorldExportFields = WorldExportFunctions.Select(f => worldFields.Claim(FieldName(f.MethodName))).ToList();
        Linkers = new LinkerSharing(
            worldFields.Claim("_sharedLinkers"),
            WorldImportInterfaceName is not null || Imports.Any(b => !IsWasi(b)) ? worldFields.Claim("_storeImports") : null,
            WorldImportInterfaceName is not null || Imports.Count > 0);
        WorldExportCanonicalFields = WorldExportFunctions.Select(f => CanonicalField(worldFields, f)).ToList();

        // The Canonical ABI class holds the direct calls' helpers, when a function can be called directly.
        if (WorldExportCanonicalFields.Concat(Exports.SelectMany(b => b.CanonicalFields)).Any(f => f is not null)
            || (WorldImportInterfaceName is null ? Array.Empty<FunctionShape>() : WorldImportFunctions).Concat(Imports.SelectMany(b => b.Functions)).Any(ImplementsDirectly))
        {
            CanonicalAbiClassName = worldNames.Claim(CSharpNames.ToPascalCase(context.World.Name) + "CanonicalAbi");
        }

        Marshal = MarshalPlanner.Create(this, marshalClassName);
    }

    /// <summary>The context the plan was made for.</summary>
    public CodeGenContext Context { get; }

    /// <summary>The world's marshal class.</summary>
    public MarshalPlan Marshal { get; }

    /// <summary>The world class.</summary>
    public string WorldClassName { get; }

    /// <summary>The interface for the world's own imported functions, if it has any.</summary>
    public string? WorldImportInterfaceName { get; }

    /// <summary>The factory parameter for <see cref="WorldImportInterfaceName"/>.</summary>
    public string? WorldImportParameter { get; }

    /// <summary>The world's own imported functions.</summary>
    public IReadOnlyList<FunctionShape> WorldImportFunctions { get; } = Array.Empty<FunctionShape>();

    /// <summary>The world's own exported functions (methods of the world class).</summary>
    public IReadOnlyList<FunctionShape> WorldExportFunctions { get; }

    /// <summary>The world class's field holding each of <see cref="WorldExportFunctions"/>, in order.</summary>
    public IReadOnlyList<string> WorldExportFields { get; }

    /// <summary>The world class's field holding the Canonical ABI view of each of <see cref="WorldExportFunctions"/>, or null for one passing handles.</summary>
    public IReadOnlyList<string?> WorldExportCanonicalFields { get; }

    /// <summary>The world's Canonical ABI class for direct calls, or null when no exported function can be called directly.</summary>
    public string? CanonicalAbiClassName { get; }

    /// <summary>How the world class shares its linkers, with the names of its static fields.</summary>
    public LinkerSharing Linkers { get; }

    /// <summary>Imported interfaces with functions, in world order.</summary>
    public IReadOnlyList<InterfaceBinding> Imports { get; }

    /// <summary>Exported interfaces with functions, in world order.</summary>
    public IReadOnlyList<InterfaceBinding> Exports { get; }

    /// <summary>Whether any resource or handle crosses the world's boundary (the exports classes then know the world).</summary>
    public bool UsesResources { get; }

    /// <summary>The resources the bindings declare, by type.</summary>
    public IReadOnlyDictionary<TypeId, ResourceBinding> Resources { get; }

    /// <summary>Decides the names of the host bindings of <paramref name="context"/>'s world.</summary>
    public static HostPlan Create(CodeGenContext context) => new(context);

    /// <summary>Resources the world defines itself (imported by the world, implemented by the host).</summary>
    public IReadOnlyList<ResourceBinding> WorldResources { get; }

    // The constructor and statics of an imported resource join the interface's functions; methods go to the class.
    private static void PlanHostResourceFunction(
        CodeGenContext context, ResourceBindingBuilder resource, Function function, string? interfaceWitName, NameScope members, List<FunctionShape> functions)
    {
        switch (function.Kind)
        {
            case FunctionKind.Constructor:
                resource.HostConstructor = FunctionShape.Create(context, function, interfaceWitName, members, "Create" + resource.TypeName);
                functions.Add(resource.HostConstructor);
                break;
            case FunctionKind.Static:
                var shape = FunctionShape.Create(context, function, interfaceWitName, members, resource.TypeName + CSharpNames.ToPascalCase(function.ItemName));
                resource.HostStatics.Add(shape);
                functions.Add(shape);
                break;
            default:
                resource.HostMethods.Add(FunctionShape.Create(context, function, interfaceWitName, new NameScope(), resource.MemberName(function)).AsMethod());
                break;
        }
    }

    // An exported resource's constructor is a C# constructor, its statics and methods members of its class.
    private static void PlanGuestResourceFunction(CodeGenContext context, ResourceBindingBuilder resource, Function function, string interfaceWitName)
    {
        var owner = new[] { "owner" };
        switch (function.Kind)
        {
            case FunctionKind.Constructor:
                resource.Constructor = FunctionShape.Create(context, function, interfaceWitName, new NameScope(), resource.TypeName, owner);
                break;
            case FunctionKind.Static:
                resource.Statics.Add(FunctionShape.Create(context, function, interfaceWitName, new NameScope(), resource.MemberName(function), owner));
                break;
            default:
                resource.Methods.Add(FunctionShape.Create(context, function, interfaceWitName, new NameScope(), resource.MemberName(function)).AsMethod());
                break;
        }
    }

    // The binding of an interface the world imports and the binding of one it exports (either may be absent).
    private (InterfaceBinding? Import, InterfaceBinding? Export) PlanInterface(CSharpContainer container, bool isImported, bool isExported)
    {
        var context = Context;
        var id = container.InterfaceId!.Value;
        var iface = context.Model[id];
        var resourceIds = iface.Types
            .Select(t => context.Model.Unalias(WitType.Of(t.Id)).Id)
            .Where(t => context.Model[t].Kind is ResourceKind && context.Model[t].Owner == TypeOwner.Of(id) && context.IsDeclared(t))
            .Distinct()
            .ToList();
        if (iface.Functions.Count == 0 && resourceIds.Count == 0)
        {
            return (null, null);
        }

        var baseName = CSharpNames.ToPascalCase(iface.Name ?? container.WitName);

        // World members and factory parameters sit outside the interface's namespace: they carry its version.
        var worldMemberName = baseName + container.VersionSegment;
        (string TypeName, List<FunctionShape> Functions, List<ResourceBindingBuilder> Resources)? import = null;
        if (isImported && !(HostResources.IsRuntimeServed(context, id) && (resourceIds.Count > 0 || iface.Functions.Any(f => HostResources.UsesHandles(context.Model, f)))))
        {
            // A wasi: interface with resources is always Wasmtime's: the bindings neither define nor override it.
            var members = new NameScope(ObjectMemberNames.All);
            var typeName = _typeNames.Of(container).Claim("I" + baseName);
            var bindings = resourceIds.Select(r => PlanResource(container, r)).ToList();
            var bindingsById = bindings.ToDictionary(b => b.Id);
            var functions = iface.Functions.Where(f => f.Resource is null)
                .Select(f => FunctionShape.Create(context, f, container.WitName, members)).ToList();
            foreach (var function in iface.Functions.Where(f => f.Resource is not null))
            {
                if (ResourceOf(bindingsById, function) is { } resource)
                {
                    PlanHostResourceFunction(context, resource, function, container.WitName, members, functions);
                }
            }

            import = (typeName, functions, bindings);
        }

        (string TypeName, List<FunctionShape> Functions, string MemberName, List<ResourceBindingBuilder> Resources)? export = null;
        if (isExported)
        {
            var members = new NameScope(ObjectMemberNames.All);
            var className = _typeNames.Of(container).Claim(baseName + "Exports");
            var bindings = resourceIds.Select(r => PlanResource(container, r)).ToList();
            var bindingsById = bindings.ToDictionary(b => b.Id);
            var functions = iface.Functions.Where(f => f.Resource is null).Select(f => FunctionShape.Create(context, f, container.WitName, members)).ToList();
            var memberName = _worldMembers.Claim(worldMemberName);
            foreach (var function in iface.Functions.Where(f => f.Resource is not null))
            {
                if (ResourceOf(bindingsById, function) is { } resource)
                {
                    PlanGuestResourceFunction(context, resource, function, container.WitName);
                }
            }

            export = (className, functions, memberName, bindings);
        }

        // Every function of the interface's resources is shaped now: settle them, with the fields the exports class keeps.
        var fields = new NameScope();
        var functionFields = export?.Functions.Select(f => fields.Claim(FieldName(f.MethodName))).ToList() ?? new List<string>();
        var resourceFields = new Dictionary<TypeId, IReadOnlyDictionary<Function, string>>();
        foreach (var resource in export?.Resources ?? new List<ResourceBindingBuilder>())
        {
            resourceFields[resource.Id] = resource.AllFunctions.ToDictionary(
                f => f.Function,
                f => fields.Claim(FieldName(resource.TypeName + (f == resource.Constructor ? "Constructor" : f.MethodName))));
        }

        var canonicalFields = export?.Functions.Select(f => CanonicalField(fields, f)).ToList() ?? new List<string?>();

        InterfaceBinding? importBinding = null;
        if (import is { } i)
        {
            var name = CSharpNames.ToCamelCase(baseName).TrimStart('@') + container.VersionSegment;
            var parameterName = CSharpNames.EscapeKeyword(_parameters.Claim(GeneratedParameters.Contains(name) ? name + "Imports" : name));
            importBinding = new InterfaceBinding(
                container, i.TypeName, i.Functions, worldMemberName, parameterName, Build(i.Resources, resourceFields), Array.Empty<string>(), Array.Empty<string?>());
        }

        var exportBinding = export is { } x
            ? new InterfaceBinding(container, x.TypeName, x.Functions, x.MemberName, string.Empty, Build(x.Resources, resourceFields), functionFields, canonicalFields)
            : null;
        return (importBinding, exportBinding);
    }

    // The planned resource a resource function belongs to (aliases followed), or null when it is not among them.
    private ResourceBindingBuilder? ResourceOf(Dictionary<TypeId, ResourceBindingBuilder> resources, Function function)
    {
        var id = Context.Model.Unalias(WitType.Of(function.Resource!.Value)).Id;
        return resources.TryGetValue(id, out var binding) ? binding : null;
    }

    private ResourceBindingBuilder PlanResource(CSharpContainer container, TypeId id)
    {
        if (!_resources.TryGetValue(id, out var planned))
        {
            planned = new ResourceBindingBuilder(id, Context.Model[id], container, Context.TypeName(id), HostResources.Role(Context, id));
            _resources[id] = planned;
        }

        return planned;
    }

    // The settled bindings of resources whose functions are all shaped, each settled once.
    private IReadOnlyList<ResourceBinding> Build(IEnumerable<ResourceBindingBuilder> resources, IReadOnlyDictionary<TypeId, IReadOnlyDictionary<Function, string>> fields)
    {
        var result = new List<ResourceBinding>();
        foreach (var resource in resources)
        {
            if (!_built.TryGetValue(resource.Id, out var binding))
            {
                binding = resource.Build(Context.Model, fields.TryGetValue(resource.Id, out var own) ? own : new Dictionary<Function, string>());
                _built[resource.Id] = binding;
            }

            result.Add(binding);
        }

        return result;
    }

    /// <summary>
    /// Whether the imported function <paramref name="function"/> is also implemented through the Canonical ABI for the
    /// direct backend: every function that passes no handle and is not async.
    /// </summary>
    public bool ImplementsDirectly(FunctionShape function) =>
        !function.IsMethod && !function.Function.IsAsync && !HostResources.UsesHandles(Context.Model, function.Function);

    // The field holding an exported function's Canonical ABI view: every function that passes no handle has one.
    private string? CanonicalField(NameScope fields, FunctionShape function) =>
        HostResources.UsesHandles(Context.Model, function.Function) ? null : fields.Claim(FieldName(function.MethodName) + "Canonical");

    // The field holding a function: `_` and the name with its first letter in lower case.
    private static string FieldName(string name) => "_" + char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>Whether an imported interface belongs to a <c>wasi:</c> package, which Wasmtime serves unless overridden.</summary>
    public bool IsWasi(InterfaceBinding binding) => HostResources.IsRuntimeServed(Context, binding.Container.InterfaceId!.Value);
}
