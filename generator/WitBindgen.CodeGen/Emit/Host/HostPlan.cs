using WitBindgen.CodeGen.Context;
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
    private static readonly string[] WorldClassMembers =
    {
        "Instance", "Store", "Dispose", "AddToLinker", "CreateLinker", "Instantiate", "FromFile", "FromInstance",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals" };

    private HostPlan(CodeGenContext context)
    {
        Context = context;
        Marshal = new MarshalPlan(context);
        var worldNames = context.WorldContainer.Names;
        WorldClassName = worldNames.Claim(CSharpNames.ToPascalCase(context.World.Name));
        WorldMembers = new NameScope(WorldClassMembers.Append(WorldClassName));

        var worldImports = context.World.Imports.Select(e => e.Item).OfType<WorldFunctionItem>().Select(f => f.Function).ToList();
        if (worldImports.Count > 0)
        {
            WorldImportInterfaceName = worldNames.Claim("I" + WorldClassName + "Imports");
            var members = new NameScope(ObjectMembers);
            WorldImportFunctions = worldImports.Select(f => FunctionShape.Create(context, f, null, members)).ToList();
        }

        var exportMembers = WorldMembers;
        WorldExportFunctions = context.World.Exports.Select(e => e.Item).OfType<WorldFunctionItem>()
            .Select(f => FunctionShape.Create(context, f.Function, null, exportMembers)).ToList();

        var imported = new HashSet<InterfaceId>(context.World.Imports.Select(e => e.Item).OfType<WorldInterfaceItem>().Select(i => i.Interface));
        var exported = new HashSet<InterfaceId>(context.World.Exports.Select(e => e.Item).OfType<WorldInterfaceItem>().Select(i => i.Interface));
        foreach (var container in context.Interfaces)
        {
            var id = container.InterfaceId!.Value;
            var iface = context.Model[id];
            if (iface.Functions.Count == 0)
            {
                continue;
            }

            var baseName = CSharpNames.ToPascalCase(iface.Name ?? container.WitName);
            if (imported.Contains(id))
            {
                var members = new NameScope(ObjectMembers);
                Imports.Add(new InterfaceBinding(
                    container,
                    container.Names.Claim("I" + baseName),
                    iface.Functions.Select(f => FunctionShape.Create(context, f, container.WitName, members)).ToList(),
                    baseName,
                    parameterName: null));
            }

            if (exported.Contains(id))
            {
                var members = new NameScope(ObjectMembers);
                var className = container.Names.Claim(baseName + "Exports");
                Exports.Add(new InterfaceBinding(
                    container,
                    className,
                    iface.Functions.Select(f => FunctionShape.Create(context, f, container.WitName, members)).ToList(),
                    WorldMembers.Claim(baseName),
                    parameterName: null));
            }
        }

        var parameters = new NameScope(new[] { "engine", "store", "component", "linker", "path", "wasi", "instance" });
        if (WorldImportInterfaceName is not null)
        {
            WorldImportParameter = parameters.Claim("imports");
        }

        foreach (var binding in Imports)
        {
            binding.ParameterName = CSharpNames.EscapeKeyword(parameters.Claim(CSharpNames.ToCamelCase(binding.MemberName).TrimStart('@')));
        }
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

    public static HostPlan Create(CodeGenContext context) => new(context);

    /// <summary>Whether an imported interface belongs to a <c>wasi:</c> package, which Wasmtime serves unless overridden.</summary>
    public bool IsWasi(InterfaceBinding binding) =>
        Context.Model[binding.Container.InterfaceId!.Value].Package is { } package && Context.Model[package].Name.Namespace == "wasi";
}
