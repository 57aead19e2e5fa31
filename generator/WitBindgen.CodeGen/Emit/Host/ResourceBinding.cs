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
    // The C# name of each resource function's member in the class (one name for both directions).
    private readonly Dictionary<string, string> _memberNames = new(StringComparer.Ordinal);

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

    public HostResourceRole Role { get; }

    /// <summary>Whether the host implements it (<see cref="HostResourceRole.Host"/>).</summary>
    public bool HostImplements => Role is HostResourceRole.Host;

    /// <summary>Whether the guest implements it (<see cref="HostResourceRole.Guest"/>).</summary>
    public bool GuestImplements => Role is HostResourceRole.Guest;

    /// <summary>The WIT resource name.</summary>
    public string WitName => Def.Name!;

    /// <summary>Imports: the WIT constructor (a method of the interface's C# interface).</summary>
    public FunctionShape? HostConstructor { get; set; }

    /// <summary>Imports: the WIT methods (overridden by the host's class).</summary>
    public List<FunctionShape> HostMethods { get; } = new();

    /// <summary>Imports: the WIT static functions (methods of the interface's C# interface).</summary>
    public List<FunctionShape> HostStatics { get; } = new();

    /// <summary>Exports: the WIT constructor (a C# constructor).</summary>
    public FunctionShape? Constructor { get; set; }

    /// <summary>Exports: the WIT methods (instance methods calling the guest).</summary>
    public List<FunctionShape> Methods { get; } = new();

    /// <summary>Exports: the WIT static functions (static methods taking the exports object).</summary>
    public List<FunctionShape> Statics { get; } = new();

    /// <summary>Exports: the field of the exports class holding each function of the resource.</summary>
    public Dictionary<Function, string> FunctionFields { get; } = new();

    /// <summary>Exports: every function of the resource.</summary>
    public IEnumerable<FunctionShape> AllFunctions =>
        (Constructor is null ? Enumerable.Empty<FunctionShape>() : new[] { Constructor }).Concat(Methods).Concat(Statics);

    /// <summary>Names taken in the class.</summary>
    public NameScope Members { get; } = new();

    /// <summary>The member name of a resource function in the class, claimed once.</summary>
    public string MemberName(Function function)
    {
        if (!_memberNames.TryGetValue(function.Name, out var name))
        {
            name = Members.Claim(CSharpNames.ToPascalCase(function.ItemName));
            _memberNames[function.Name] = name;
        }

        return name;
    }
}
