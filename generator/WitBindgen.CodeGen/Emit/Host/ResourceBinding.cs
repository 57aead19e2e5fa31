using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// A WIT resource the host bindings declare: an abstract class the host derives from (imported, <see cref="HostResourceRole.Host"/>)
/// or a class wrapping the guest's handle (exported, <see cref="HostResourceRole.Guest"/>), with its functions shaped and
/// every member and field named by <see cref="HostPlan"/>.
/// </summary>
internal sealed class ResourceBinding
{
    /// <summary>Creates the binding <see cref="ResourceBindingBuilder.Build"/> has settled.</summary>
    public ResourceBinding(
        ResourceBindingBuilder planned, IReadOnlyDictionary<Function, string> functionFields, string? factoryName)
    {
        Id = planned.Id;
        Def = planned.Def;
        Container = planned.Container;
        TypeName = planned.TypeName;
        Role = planned.Role;
        HostConstructor = planned.HostConstructor;
        HostMethods = planned.HostMethods.ToArray();
        HostStatics = planned.HostStatics.ToArray();
        Constructor = planned.Constructor;
        Methods = planned.Methods.ToArray();
        Statics = planned.Statics.ToArray();
        FunctionFields = functionFields;
        FactoryName = factoryName;
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

    /// <summary>Whether the host implements it (<see cref="HostResourceRole.Host"/>).</summary>
    public bool HostImplements => Role is HostResourceRole.Host;

    /// <summary>Whether the guest implements it (<see cref="HostResourceRole.Guest"/>).</summary>
    public bool GuestImplements => Role is HostResourceRole.Guest;

    /// <summary>The WIT resource name.</summary>
    public string WitName => Def.Name!;

    /// <summary>Imports: the WIT constructor (a method of the interface's C# interface).</summary>
    public FunctionShape? HostConstructor { get; }

    /// <summary>Imports: the WIT methods (overridden by the host's class).</summary>
    public IReadOnlyList<FunctionShape> HostMethods { get; }

    /// <summary>Imports: the WIT static functions (methods of the interface's C# interface).</summary>
    public IReadOnlyList<FunctionShape> HostStatics { get; }

    /// <summary>Exports: the WIT constructor (a C# constructor, or the factory <see cref="FactoryName"/>).</summary>
    public FunctionShape? Constructor { get; }

    /// <summary>Exports: the WIT methods (instance methods calling the guest).</summary>
    public IReadOnlyList<FunctionShape> Methods { get; }

    /// <summary>Exports: the WIT static functions (static methods taking the exports object).</summary>
    public IReadOnlyList<FunctionShape> Statics { get; }

    /// <summary>Exports: the field of the exports class holding each function of the resource.</summary>
    public IReadOnlyDictionary<Function, string> FunctionFields { get; }

    /// <summary>
    /// Exports: the static factory standing in for a fallible constructor (<c>-> result&lt;r, e&gt;</c>), which cannot be
    /// a C# constructor; null when the constructor returns the resource itself or there is none.
    /// </summary>
    public string? FactoryName { get; }

    /// <summary>Exports: every function of the resource.</summary>
    public IEnumerable<FunctionShape> AllFunctions =>
        (Constructor is null ? Enumerable.Empty<FunctionShape>() : new[] { Constructor }).Concat(Methods).Concat(Statics);
}
