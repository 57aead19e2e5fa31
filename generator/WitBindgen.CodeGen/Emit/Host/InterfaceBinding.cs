using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>One imported or exported interface: its C# type and the shapes of its functions.</summary>
internal sealed class InterfaceBinding
{
    public InterfaceBinding(CSharpContainer container, string typeName, IReadOnlyList<FunctionShape> functions, string memberName, string? parameterName)
    {
        Container = container;
        TypeName = typeName;
        Functions = functions;
        MemberName = memberName;
        ParameterName = parameterName ?? string.Empty;
    }

    public CSharpContainer Container { get; }

    /// <summary>The interface to implement (imports) or the wrapper class (exports).</summary>
    public string TypeName { get; }

    /// <summary>The qualified C# type.</summary>
    public string QualifiedTypeName => Container.QualifiedNamespace + "." + TypeName;

    public IReadOnlyList<FunctionShape> Functions { get; }

    /// <summary>The world class property (exports), or the base of the factory parameter name (imports).</summary>
    public string MemberName { get; }

    /// <summary>The factory parameter that takes the implementation (imports).</summary>
    public string ParameterName { get; set; }

    /// <summary>The resources the interface defines.</summary>
    public List<ResourceBinding> Resources { get; } = new();
}
