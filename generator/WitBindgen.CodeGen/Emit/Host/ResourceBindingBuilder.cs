using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// A <see cref="ResourceBinding"/> while <see cref="HostPlan"/> shapes its functions: the import side and the export side
/// add theirs in WIT order and take member names from one scope of the class, then <see cref="Build"/> settles it.
/// </summary>
internal sealed class ResourceBindingBuilder
{
    // The C# name of each resource function's member in the class (one name for both directions).
    private readonly Dictionary<string, string> _memberNames = new(StringComparer.Ordinal);
    private readonly NameScope _members;

    /// <summary>Starts a resource's binding; its class's members may not take the names every class has.</summary>
    public ResourceBindingBuilder(TypeId id, TypeDef def, CSharpContainer container, string typeName, HostResourceRole role)
    {
        Id = id;
        Def = def;
        Container = container;
        TypeName = typeName;
        Role = role;
        _members = new NameScope(ObjectMemberNames.All.Concat(new[] { typeName, "Dispose", "Handle", "Owner" }));
    }

    /// <summary>The resource.</summary>
    public TypeId Id { get; }

    /// <summary>The resource's definition.</summary>
    public TypeDef Def { get; }

    /// <summary>The container the resource's class is declared in.</summary>
    public CSharpContainer Container { get; }

    /// <summary>The simple C# class name.</summary>
    public string TypeName { get; }

    /// <summary>Who implements the resource.</summary>
    public HostResourceRole Role { get; }

    /// <summary>Imports: the WIT constructor, once shaped.</summary>
    public FunctionShape? HostConstructor { get; set; }

    /// <summary>Imports: the WIT methods shaped so far.</summary>
    public List<FunctionShape> HostMethods { get; } = new();

    /// <summary>Imports: the WIT static functions shaped so far.</summary>
    public List<FunctionShape> HostStatics { get; } = new();

    /// <summary>Exports: the WIT constructor, once shaped.</summary>
    public FunctionShape? Constructor { get; set; }

    /// <summary>Exports: the WIT methods shaped so far.</summary>
    public List<FunctionShape> Methods { get; } = new();

    /// <summary>Exports: the WIT static functions shaped so far.</summary>
    public List<FunctionShape> Statics { get; } = new();

    /// <summary>Exports: every function of the resource, in the order the exports class declares their fields.</summary>
    public IEnumerable<FunctionShape> AllFunctions =>
        (Constructor is null ? Enumerable.Empty<FunctionShape>() : new[] { Constructor }).Concat(Methods).Concat(Statics);

    /// <summary>The member name of a resource function in the class, claimed once.</summary>
    public string MemberName(Function function)
    {
        if (!_memberNames.TryGetValue(function.Name, out var name))
        {
            name = _members.Claim(CSharpNames.ToPascalCase(function.ItemName));
            _memberNames[function.Name] = name;
        }

        return name;
    }

    /// <summary>
    /// The settled binding, with the exports class's field of each function; a fallible constructor's factory takes its
    /// name last, after every member named after a WIT function.
    /// </summary>
    public ResourceBinding Build(WitModel model, IReadOnlyDictionary<Function, string> functionFields)
    {
        var fallible = Constructor is { Function.Result: { } result } && !HostResources.TryGetHandle(model, result, out _, out _);
        return new ResourceBinding(this, functionFields, fallible ? _members.Claim("Create") : null);
    }
}
