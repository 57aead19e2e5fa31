using WitBindgen.CodeGen.Context;
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
    private readonly NameScope _methods = new(new[] { "LowerString", "LowerBytes", "NullValue", "CheckLength", "UnknownCase", "UnknownFlags", "NewArray", "UnexpectedCase" });
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
