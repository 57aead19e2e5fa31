using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// The names of everything the host bindings declare, decided once before any file is written: the C#
/// interface the user implements for each imported WIT interface (<c>I</c> + name), the class wrapping each
/// exported interface (name + <c>Exports</c>), the world class and its members.
/// </summary>
internal sealed class HostPlan
{
    /// <summary>Members of the world class that WIT-derived names must not take.</summary>
    private static readonly string[] WorldClassMembers = new[]
    {
        "Instance", "Store", "Dispose", "AddToLinker", "CreateLinker", "Instantiate", "FromFile", "FromInstance",
        "DefineImports", "SharedLinker",
    }.Concat(ObjectMemberNames.All).ToArray();

    private HostPlan(CodeGenContext context)
    {
        Context = context;
        var marshalClassName = context.WorldContainer.Names.Claim(CSharpNames.ToPascalCase(context.World.Name) + "Marshal");
        var worldNames = context.WorldContainer.Names;
        var worldClassName = CSharpNames.ToPascalCase(context.World.Name);
        if (WorldClassMembers.Contains(worldClassName))
        {
            // A world `dispose` or `store`: the class has a member of that name, so the class takes a suffix.
            worldNames.Reserve(worldClassName);
        }

        WorldClassName = worldNames.Claim(worldClassName);
        WorldMembers = new NameScope(WorldClassMembers.Append(WorldClassName));

        var worldImports = context.WorldItems.ImportedFunctions;
        var worldOwner = TypeOwner.Of(context.WorldId);
        WorldResources = context.WorldItems.ImportedTypes
            .Select(t => context.Model.Unalias(WitType.Of(t)).Id)
            .Where(t => context.Model[t].Kind is ResourceKind && context.Model[t].Owner == worldOwner && context.IsDeclared(t))
            .Distinct()
            .Select(t => PlanResource(context, context.WorldContainer, t))
            .ToList();
        if (worldImports.Count > 0 || WorldResources.Count > 0)
        {
            WorldImportInterfaceName = worldNames.Claim("I" + WorldClassName + "Imports");
            var members = new NameScope(ObjectMemberNames.All);
            var functions = worldImports.Where(f => f.Resource is null).Select(f => FunctionShape.Create(context, f, null, members)).ToList();
            var worldResourcesById = WorldResources.ToDictionary(b => b.Id);
            foreach (var function in worldImports.Where(f => f.Resource is not null))
            {
                var resource = ResourceOf(context, worldResourcesById, function);
                if (resource is not null)
                {
                    PlanHostResourceFunction(context, resource, function, null, members, functions);
                }
            }

            WorldImportFunctions = functions;
        }

        var exportMembers = WorldMembers;
        WorldExportFunctions = context.WorldItems.ExportedFunctions
            .Select(f => FunctionShape.Create(context, f, null, exportMembers)).ToList();

        var imported = new HashSet<InterfaceId>(context.WorldItems.ImportedInterfaces);
        var exported = new HashSet<InterfaceId>(context.WorldItems.ExportedInterfaces);
        foreach (var container in context.Interfaces)
        {
            var id = container.InterfaceId!.Value;
            var iface = context.Model[id];
            var resources = iface.Types
                .Select(t => context.Model.Unalias(WitType.Of(t.Id)).Id)
                .Where(t => context.Model[t].Kind is ResourceKind && context.Model[t].Owner == TypeOwner.Of(id) && context.IsDeclared(t))
                .Distinct()
                .ToList();
            if (iface.Functions.Count == 0 && resources.Count == 0)
            {
                continue;
            }

            var baseName = CSharpNames.ToPascalCase(iface.Name ?? container.WitName);

            // World members and factory parameters sit outside the interface's namespace: they carry its version.
            var worldMemberName = baseName + container.VersionSegment;
            if (imported.Contains(id) && !(HostResources.IsWasi(context.Model, id) && (resources.Count > 0 || iface.Functions.Any(f => HostResources.UsesHandles(context.Model, f)))))
            {
                // A wasi: interface with resources is always Wasmtime's: the bindings neither define nor override it.
                var members = new NameScope(ObjectMemberNames.All);
                var typeName = container.Names.Claim("I" + baseName);
                var bindings = resources.Select(r => PlanResource(context, container, r)).ToList();
                var bindingsById = bindings.ToDictionary(b => b.Id);
                var functions = iface.Functions.Where(f => f.Resource is null)
                    .Select(f => FunctionShape.Create(context, f, container.WitName, members)).ToList();
                foreach (var function in iface.Functions.Where(f => f.Resource is not null))
                {
                    var resource = ResourceOf(context, bindingsById, function);
                    if (resource is not null)
                    {
                        PlanHostResourceFunction(context, resource, function, container.WitName, members, functions);
                    }
                }

                var binding = new InterfaceBinding(container, typeName, functions, worldMemberName, parameterName: null);
                binding.Resources.AddRange(bindings);
                Imports.Add(binding);
            }

            if (exported.Contains(id))
            {
                var members = new NameScope(ObjectMemberNames.All);
                var className = container.Names.Claim(baseName + "Exports");
                var bindings = resources.Select(r => PlanResource(context, container, r)).ToList();
                var bindingsById = bindings.ToDictionary(b => b.Id);
                var binding = new InterfaceBinding(
                    container,
                    className,
                    iface.Functions.Where(f => f.Resource is null).Select(f => FunctionShape.Create(context, f, container.WitName, members)).ToList(),
                    WorldMembers.Claim(worldMemberName),
                    parameterName: null);
                foreach (var function in iface.Functions.Where(f => f.Resource is not null))
                {
                    var resource = ResourceOf(context, bindingsById, function);
                    if (resource is null)
                    {
                        continue;
                    }

                    var owner = new[] { "owner" };
                    switch (function.Kind)
                    {
                        case FunctionKind.Constructor:
                            resource.Constructor = FunctionShape.Create(context, function, container.WitName, new NameScope(), resource.TypeName, owner);
                            break;
                        case FunctionKind.Static:
                            resource.Statics.Add(FunctionShape.Create(context, function, container.WitName, new NameScope(), resource.MemberName(function), owner));
                            break;
                        default:
                            resource.Methods.Add(FunctionShape.Create(context, function, container.WitName, new NameScope(), resource.MemberName(function)).AsMethod());
                            break;
                    }
                }

                binding.Resources.AddRange(bindings);
                Exports.Add(binding);
            }
        }

        UsesResources = WorldResources.Count > 0 || Imports.Any(b => b.Resources.Count > 0) || Exports.Any(b => b.Resources.Count > 0)
            || Imports.Concat(Exports).SelectMany(b => b.Functions).Concat(WorldImportFunctions).Concat(WorldExportFunctions)
                .Any(f => HostResources.UsesHandles(context.Model, f.Function));

        // Parameters named after WIT interfaces are claimed first, and keep their name unless the factories' own
        // parameters have it (then `Imports` is appended: `storeImports`); the parameter for the world's own
        // functions is `imports`, or, when an interface has that name, named after its C# interface (`fooImports`).
        var generatedParameters = new[] { "engine", "store", "component", "linker", "path", "wasi", "instance" };
        var parameters = new NameScope(generatedParameters);
        foreach (var binding in Imports)
        {
            var version = binding.Container.VersionSegment ?? string.Empty;
            var stem = binding.MemberName.Substring(0, binding.MemberName.Length - version.Length);
            var name = CSharpNames.ToCamelCase(stem).TrimStart('@') + version;
            binding.ParameterName = CSharpNames.EscapeKeyword(parameters.Claim(generatedParameters.Contains(name) ? name + "Imports" : name));
        }

        if (WorldImportInterfaceName is not null)
        {
            WorldImportParameter = parameters.IsTaken("imports")
                ? parameters.Claim(CSharpNames.ToCamelCase(WorldClassName).TrimStart('@') + "Imports")
                : parameters.Claim("imports");
        }

        Marshal = MarshalPlanner.Create(this, marshalClassName);
    }

    public CodeGenContext Context { get; }

    public MarshalPlan Marshal { get; }

    /// <summary>The world class.</summary>
    public string WorldClassName { get; }

    /// <summary>Names taken in the world class.</summary>
    public NameScope WorldMembers { get; }

    /// <summary>The interface for the world's own imported functions, if it has any.</summary>
    public string? WorldImportInterfaceName { get; }

    /// <summary>The factory parameter for <see cref="WorldImportInterfaceName"/>.</summary>
    public string? WorldImportParameter { get; }

    /// <summary>The world's own imported functions.</summary>
    public IReadOnlyList<FunctionShape> WorldImportFunctions { get; } = Array.Empty<FunctionShape>();

    /// <summary>The world's own exported functions (methods of the world class).</summary>
    public IReadOnlyList<FunctionShape> WorldExportFunctions { get; }

    /// <summary>Imported interfaces with functions, in world order.</summary>
    public List<InterfaceBinding> Imports { get; } = new();

    /// <summary>Exported interfaces with functions, in world order.</summary>
    public List<InterfaceBinding> Exports { get; } = new();

    /// <summary>Whether any resource or handle crosses the world's boundary (the exports classes then know the world).</summary>
    public bool UsesResources { get; }

    /// <summary>The resources the bindings declare, by type.</summary>
    public Dictionary<TypeId, ResourceBinding> Resources { get; } = new();

    public static HostPlan Create(CodeGenContext context) => new(context);

    /// <summary>Resources the world defines itself (imported by the world, implemented by the host).</summary>
    public IReadOnlyList<ResourceBinding> WorldResources { get; }

    // The constructor and statics of an imported resource join the interface's functions; methods go to the class.
    private static void PlanHostResourceFunction(
        CodeGenContext context, ResourceBinding resource, Function function, string? interfaceWitName, NameScope members, List<FunctionShape> functions)
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

    // The planned resource a resource function belongs to (aliases followed), or null when it is not among them.
    private static ResourceBinding? ResourceOf(CodeGenContext context, Dictionary<TypeId, ResourceBinding> resources, Function function)
    {
        var id = context.Model.Unalias(WitType.Of(function.Resource!.Value)).Id;
        return resources.TryGetValue(id, out var binding) ? binding : null;
    }

    private ResourceBinding PlanResource(CodeGenContext context, CSharpContainer container, TypeId id)
    {
        if (Resources.TryGetValue(id, out var planned))
        {
            return planned;
        }

        var def = context.Model[id];
        var binding = new ResourceBinding(id, def, container, context.TypeName(id), HostResources.Role(context, id));
        foreach (var reserved in ObjectMemberNames.All.Concat(new[] { binding.TypeName, "Dispose", "Handle", "Owner" }))
        {
            binding.Members.Reserve(reserved);
        }

        Resources[id] = binding;
        return binding;
    }

    /// <summary>Whether an imported interface belongs to a <c>wasi:</c> package, which Wasmtime serves unless overridden.</summary>
    public bool IsWasi(InterfaceBinding binding) => HostResources.IsWasi(Context.Model, binding.Container.InterfaceId!.Value);
}
