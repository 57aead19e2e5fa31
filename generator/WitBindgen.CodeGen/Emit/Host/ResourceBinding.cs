using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// A WIT resource the host bindings declare: an abstract class the host derives from (imported, <see cref="HostResourceRole.Host"/>)
/// or a class wrapping the guest's handle (exported, <see cref="HostResourceRole.Guest"/>), with its functions shaped.
/// </summary>
internal sealed class ResourceBinding
{
    public ResourceBinding(TypeId id, TypeDef def, CSharpContainer container, string typeName, HostResourceRole role)
    {
        Id = id;
        Def = def;
        Container = container;
        TypeName = typeName;
        Role = role;
    }

    public TypeId Id { get; }

    public TypeDef Def { get; }

    public CSharpContainer Container { get; }

    /// <summary>The simple C# class name.</summary>
    public string TypeName { get; }

    /// <summary>The qualified C# class name.</summary>
    public string QualifiedTypeName => Container.QualifiedNamespace + "." + TypeName;

    public HostResourceRole Role { get; }

    /// <summary>The WIT resource name.</summary>
    public string WitName => Def.Name!;

    /// <summary>The WIT constructor, if any (imports: a method of the interface; exports: a C# constructor).</summary>
    public FunctionShape? Constructor { get; set; }

    /// <summary>The WIT methods (instance members of the class).</summary>
    public List<FunctionShape> Methods { get; } = new();

    /// <summary>The WIT static functions (imports: methods of the interface; exports: static members of the class).</summary>
    public List<FunctionShape> Statics { get; } = new();

    /// <summary>Exports: the field of the exports class holding each function of the resource.</summary>
    public Dictionary<Function, string> FunctionFields { get; } = new();

    /// <summary>Names taken in the class.</summary>
    public NameScope Members { get; } = new();

    /// <summary>Every function of the resource.</summary>
    public IEnumerable<FunctionShape> AllFunctions =>
        (Constructor is null ? Enumerable.Empty<FunctionShape>() : new[] { Constructor }).Concat(Methods).Concat(Statics);
}
