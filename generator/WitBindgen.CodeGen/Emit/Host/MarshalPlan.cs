using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// The world's marshal class: one lowering and one lifting method per declared type that crosses the boundary,
/// plus the shared checks. Methods are requested while the bindings are written and generated afterwards.
/// </summary>
internal sealed class MarshalPlan
{
    private readonly CodeGenContext _context;
    private readonly NameScope _methods = new(new[] { "LowerString", "LowerBytes", "NullValue", "CheckLength", "UnknownCase", "UnknownFlags", "NewArray", "UnexpectedCase", "LowerResource" });
    private readonly Dictionary<TypeId, string> _lower = new();
    private readonly Dictionary<TypeId, string> _lift = new();
    private readonly List<TypeId> _lowerOrder = new();
    private readonly List<TypeId> _liftOrder = new();

    public MarshalPlan(CodeGenContext context)
    {
        _context = context;
        ClassName = context.WorldContainer.Names.Claim(CSharpNames.ToPascalCase(context.World.Name) + "Marshal");
        Helpers = context.WorldContainer.QualifiedNamespace + "." + ClassName;
    }

    /// <summary>The simple name of the marshal class.</summary>
    public string ClassName { get; }

    /// <summary>The fully qualified name of the marshal class.</summary>
    public string Helpers { get; }

    /// <summary>Declared types lowered so far, in request order (grows while the methods are written).</summary>
    public IReadOnlyList<TypeId> LoweredTypes => _lowerOrder;

    /// <summary>Declared types lifted so far, in request order (grows while the methods are written).</summary>
    public IReadOnlyList<TypeId> LiftedTypes => _liftOrder;

    /// <summary>The qualified lowering method of a declared type.</summary>
    public string LowerMethod(TypeId id) => Helpers + "." + LowerMethodName(id);

    /// <summary>The qualified lifting method of a declared type.</summary>
    public string LiftMethod(TypeId id) => Helpers + "." + LiftMethodName(id);

    /// <summary>The simple name of the lowering method of a declared type.</summary>
    public string LowerMethodName(TypeId id) => Request(id, _lower, _lowerOrder, "Lower");

    /// <summary>The simple name of the lifting method of a declared type.</summary>
    public string LiftMethodName(TypeId id) => Request(id, _lift, _liftOrder, "Lift");

    /// <summary>Resources of the host whose <c>HostResourceType</c> field the bindings use, with the field name, in request order.</summary>
    public List<(TypeId Id, string Field)> ResourceFields { get; } = new();

    /// <summary>Resources of the guest whose owner lookup the bindings use, with the method name, in request order.</summary>
    public List<(TypeId Id, string Method)> ResourceOwners { get; } = new();

    /// <summary>Whether the generic resource lowering helper is used.</summary>
    public bool UsesResourceHelper { get; private set; }

    /// <summary>The field holding the <c>HostResourceType</c> of a host resource.</summary>
    public string ResourceField(TypeId id)
    {
        foreach (var (known, field) in ResourceFields)
        {
            if (known == id)
            {
                return Helpers + "." + field;
            }
        }

        var name = _methods.Claim(_context.TypeName(id) + "ResourceType");
        ResourceFields.Add((id, name));
        return Helpers + "." + name;
    }

    /// <summary>An expression lowering the handle <paramref name="value"/> (own or borrow) of resource <paramref name="id"/>.</summary>
    public string LowerResource(TypeId id, bool owned, string value, string where)
    {
        var own = owned ? "true" : "false";
        switch (HostResources.Role(_context, id))
        {
            case HostResourceRole.Host:
                return $"{ResourceField(id)}.Lower({value}, {own}, {where})";
            case HostResourceRole.Guest:
                UsesResourceHelper = true;
                return $"{Helpers}.LowerResource({(value == "this" ? "this.Handle" : value + "?.Handle")}, {own}, {where})";
            default:
                UsesResourceHelper = true;
                return $"{Helpers}.LowerResource({value}, {own}, {where})";
        }
    }

    /// <summary>An expression lifting a handle of resource <paramref name="id"/> from the <c>ComponentVal</c> <paramref name="source"/>.</summary>
    public string LiftResource(TypeId id, string source)
    {
        var name = _context.Model[id].Name ?? "resource";
        var where = $"\"a `{name}` handle\"";
        switch (HostResources.Role(_context, id))
        {
            case HostResourceRole.Host:
                return $"{ResourceField(id)}.Lift<{_context.QualifiedTypeName(id)}>({source}, {where})";
            case HostResourceRole.Guest:
                return $"new {_context.QualifiedTypeName(id)}({OwnerMethod(id)}(), {HostResources.RuntimeResourceType}.Lift({source}, {where}))";
            default:
                return $"{HostResources.RuntimeResourceType}.Lift({source}, {where})";
        }
    }

    /// <summary>The method returning the exports object a lifted guest resource belongs to.</summary>
    public string OwnerMethod(TypeId id)
    {
        foreach (var (known, method) in ResourceOwners)
        {
            if (known == id)
            {
                return Helpers + "." + method;
            }
        }

        var name = _methods.Claim("OwnerOf" + _context.TypeName(id));
        ResourceOwners.Add((id, name));
        return Helpers + "." + name;
    }

    private string Request(TypeId id, Dictionary<TypeId, string> names, List<TypeId> order, string prefix)
    {
        if (!names.TryGetValue(id, out var name))
        {
            name = _methods.Claim(prefix + _context.TypeName(id));
            names[id] = name;
            order.Add(id);
        }

        return name;
    }
}
