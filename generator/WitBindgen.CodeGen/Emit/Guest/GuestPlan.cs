using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// The names of everything the guest bindings declare, decided once before any file is written: the Canonical ABI
/// class, each imports class, each exported interface and its registration class, the entry points, and the members
/// of the resource classes. The emitters only read it.
/// </summary>
/// <remarks>
/// Names in a container's scope are claimed in the order the files are written (the world's resources, then per
/// interface its resources, imports and exports, then the world's imports and exports), so a clash is always
/// resolved the same way.
/// </remarks>
internal sealed class GuestPlan
{
    /// <summary>Members of every resource class that WIT-derived names must not take.</summary>
    private static readonly string[] ReservedResourceMembers = new[]
    {
        "Handle", "Dispose", "DropHandle", "Create", ImportEmitter.InteropClass, HandleMethods.LowerOwn, HandleMethods.LowerBorrow, HandleMethods.LiftOwn,
        HandleMethods.LiftBorrow, "WitReps", "WitRep", "WitHandle", "WitDestructor", "WitNew", "WitRepOf", "WitDrop", "WitConstruct",
    }.Concat(ObjectMemberNames.All).ToArray();

    /// <summary>Locals the generated wrappers declare; parameters with these names get a suffix.</summary>
    private static readonly string[] WrapperLocals = { "s", "f", "i", "j", "r", "result", "post", "area", "args", "core" };

    private readonly CodeGenContext _context;

    private readonly PlanTypeNames _typeNames = new();
    private readonly List<GuestExport> _exports = new();

    private GuestPlan(CodeGenContext context)
    {
        _context = context;
        AbiClassName = _typeNames.Of(context.WorldContainer).Claim(GuestEmitter.AbiClassName);
        Abi = context.WorldContainer.QualifiedNamespace + "." + AbiClassName;
        var files = new List<GuestFilePlan>();
        AddResources(files, context.WorldContainer);
        foreach (var container in context.Interfaces)
        {
            AddResources(files, container);
            var functions = context.Model[container.InterfaceId!.Value].Functions.ToList();
            var freestanding = functions.Where(f => f.Resource is null).ToList();
            if (container.IsImported && freestanding.Count > 0)
            {
                files.Add(PlanImports(container, freestanding, container.WitName));
            }

            if (container.IsExported && functions.Count > 0)
            {
                files.Add(PlanExports(container, functions, container.WitName + "#"));
            }
        }

        var worldImports = context.WorldItems.ImportedFunctions.Where(f => f.Resource is null).ToList();
        if (worldImports.Count > 0)
        {
            files.Add(PlanImports(context.WorldContainer, worldImports, "$root"));
        }

        var worldExports = context.WorldItems.ExportedFunctions;
        if (worldExports.Count > 0)
        {
            files.Add(PlanExports(context.WorldContainer, worldExports, string.Empty));
        }

        Files = files;
        Exports = _exports;
    }

    /// <summary>The name of the class with the shared Canonical ABI code, in the world's namespace.</summary>
    public string AbiClassName { get; }

    /// <summary>The qualified name of that class, as the generated code refers to it.</summary>
    public string Abi { get; }

    /// <summary>The files to write besides the Canonical ABI class, in order.</summary>
    public IReadOnlyList<GuestFilePlan> Files { get; }

    /// <summary>The exported interfaces (and the world's own exported functions) with their planned C# names, in file order.</summary>
    public IReadOnlyList<GuestExport> Exports { get; }

    /// <summary>Decides the names of the guest bindings of <paramref name="context"/>'s world.</summary>
    public static GuestPlan Create(CodeGenContext context) => new(context);

    private void AddResources(List<GuestFilePlan> files, CSharpContainer container)
    {
        var resources = GuestResources.DeclaredIn(_context, container);
        if (resources.Count > 0)
        {
            files.Add(new GuestResourcesPlan(container, resources.Select(PlanResource).ToList()));
        }
    }

    private GuestResourcePlan PlanResource(TypeId id)
    {
        var functions = GuestResources.Functions(_context, id);
        var names = ClassMemberNames(_context.TypeName(id), functions);
        if (GuestResources.IsExported(_context, id))
        {
            var methods = functions.Where(f => f.Kind is FunctionKind.Method)
                .Select(f => NewFunction(f, names[f], AbiDirection.Lift, self: "self")).ToList();
            return new GuestResourcePlan(id, isExported: true, methods, Array.Empty<string>());
        }

        var items = functions.Select(f => NewFunction(
            f, f.Kind == FunctionKind.Constructor && GuestResources.IsPlainConstructor(_context, f) ? "WitConstruct" : names[f], AbiDirection.Lower, self: "this")).ToList();
        var interopNames = new NameScope(new[] { "ResourceDrop" });
        var interop = items.Select(item => interopNames.Claim(item.Function.Kind == FunctionKind.Constructor ? "Constructor" : item.MethodName)).ToList();
        return new GuestResourcePlan(id, isExported: false, items, interop);
    }

    private GuestImportsPlan PlanImports(CSharpContainer container, IReadOnlyList<Function> functions, string module)
    {
        var className = _typeNames.Of(container).Claim(container.Name + "Imports");
        var methods = new NameScope(new[] { className, ImportEmitter.InteropClass }.Concat(ObjectMemberNames.All));
        var items = functions.Select(f => NewFunction(f, methods.Claim(CSharpNames.ToPascalCase(f.Name)), AbiDirection.Lower)).ToList();
        return new GuestImportsPlan(container, module, className, items);
    }

    // Resource constructors and static functions are members of the interface (CreateR, RF); resource methods are
    // abstract methods of the resource's class.
    private GuestExportsPlan PlanExports(CSharpContainer container, IReadOnlyList<Function> functions, string exportPrefix)
    {
        var interfaceName = _typeNames.Of(container).Claim("I" + container.Name);
        var className = _typeNames.Of(container).Claim(container.Name + "Exports");
        _exports.Add(new GuestExport(container.WitName, container.Namespace, interfaceName, className, _context.World.Location));
        var members = new NameScope(new[] { className, "Implementation", "CreateImplementation", "Create" });
        var methods = new NameScope(ObjectMemberNames.All);
        var classMembers = new Dictionary<TypeId, IReadOnlyDictionary<Function, string>>();
        var entries = new List<GuestExportEntry>();
        foreach (var f in functions)
        {
            GuestFunction item;
            string stem;
            var target = "Implementation";
            if (f.Resource is not { } resource)
            {
                item = NewFunction(f, methods.Claim(CSharpNames.ToPascalCase(f.Name)), AbiDirection.Lift);
                stem = item.MethodName;
            }
            else if (f.Kind == FunctionKind.Method)
            {
                var type = _context.TypeName(resource);
                if (!classMembers.TryGetValue(resource, out var names))
                {
                    names = ClassMemberNames(type, GuestResources.Functions(_context, resource));
                    classMembers[resource] = names;
                }

                item = NewFunction(f, names[f], AbiDirection.Lift, self: "self");
                (stem, target) = (type + item.MethodName, item.ParamNames[0]);
            }
            else
            {
                var type = _context.TypeName(resource);
                item = NewFunction(f, methods.Claim(f.Kind == FunctionKind.Constructor ? "Create" + type : type + MemberName(f)), AbiDirection.Lift);
                stem = item.MethodName;
            }

            var entry = members.Claim(stem + "Export");
            string? post = null;
            string? postReturn = null;
            if (f.Result is not null && item.Signature.ResultsInMemory)
            {
                post = members.Claim("s_post" + stem);
                postReturn = members.Claim(stem + "PostReturn");
            }

            entries.Add(new GuestExportEntry(item, target, inInterface: !(f.Resource is not null && f.Kind == FunctionKind.Method), entry, post, postReturn));
        }

        return new GuestExportsPlan(container, exportPrefix, interfaceName, className, entries);
    }

    // The C# member names of the functions of a resource's class, by function.
    private static IReadOnlyDictionary<Function, string> ClassMemberNames(string className, IEnumerable<Function> functions)
    {
        var scope = new NameScope(ReservedResourceMembers.Append(className));
        return functions.ToDictionary(f => f, f => f.Kind == FunctionKind.Constructor ? "Create" : scope.Claim(MemberName(f)));
    }

    // The C# name of a resource function as a member of its class, before clashes are resolved.
    private static string MemberName(Function function) => function.Kind switch
    {
        FunctionKind.Constructor => "Create",
        _ => CSharpNames.ToPascalCase(function.ItemName),
    };

    // A function with its C# method and parameter names; `self` is the expression of a resource method's self parameter.
    private GuestFunction NewFunction(Function function, string methodName, AbiDirection direction, string? self = null)
    {
        var signature = CanonicalAbi.FlattenFunction(_context.Model, function, direction);
        var locals = new NameScope(WrapperLocals.Concat(signature.Params.Select((_, k) => GuestFunction.CoreParamName(k))));
        var names = function.Params.Select(p => locals.Claim(CSharpNames.ToCamelCase(p.Name))).ToList();
        var firstDeclared = 0;
        if (self is not null && function.Kind is FunctionKind.Method or FunctionKind.AsyncMethod)
        {
            names[0] = self;
            firstDeclared = 1;
        }

        return new GuestFunction(function, methodName, signature, names, firstDeclared);
    }
}
