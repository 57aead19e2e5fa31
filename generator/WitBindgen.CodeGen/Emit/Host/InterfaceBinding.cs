using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>One imported or exported interface: its C# type, the shapes of its functions and the names <see cref="HostPlan"/> gave them.</summary>
internal sealed class InterfaceBinding
{
    /// <param name="container">The interface's container.</param>
    /// <param name="typeName">The interface to implement (imports) or the wrapper class (exports).</param>
    /// <param name="functions">The interface's own functions, shaped.</param>
    /// <param name="memberName">The world class property (exports), or the base of the factory parameter name (imports).</param>
    /// <param name="parameterName">The factory parameter that takes the implementation (imports), or empty.</param>
    /// <param name="resources">The resources the interface defines.</param>
    /// <param name="functionFields">The fields of the wrapper class holding each of <paramref name="functions"/> (exports), or empty.</param>
    /// <param name="canonicalFields">
    /// Exports: the field holding each function's Canonical ABI view, or null for a function that passes handles; else empty.
    /// </param>
    public InterfaceBinding(
        CSharpContainer container,
        string typeName,
        IReadOnlyList<FunctionShape> functions,
        string memberName,
        string parameterName,
        IReadOnlyList<ResourceBinding> resources,
        IReadOnlyList<string> functionFields,
        IReadOnlyList<string?> canonicalFields)
    {
        Container = container;
        TypeName = typeName;
        Functions = functions;
        MemberName = memberName;
        ParameterName = parameterName;
        Resources = resources;
        FunctionFields = functionFields;
        CanonicalFields = canonicalFields;
    }

    /// <summary>The interface's container.</summary>
    public CSharpContainer Container { get; }

    /// <summary>The interface to implement (imports) or the wrapper class (exports).</summary>
    public string TypeName { get; }

    /// <summary>The qualified C# type.</summary>
    public string QualifiedTypeName => Container.QualifiedNamespace + "." + TypeName;

    /// <summary>The interface's own functions (imports: with the constructors and statics of its resources), shaped.</summary>
    public IReadOnlyList<FunctionShape> Functions { get; }

    /// <summary>The world class property (exports), or the base of the factory parameter name (imports).</summary>
    public string MemberName { get; }

    /// <summary>The factory parameter that takes the implementation (imports); empty for exports.</summary>
    public string ParameterName { get; }

    /// <summary>The resources the interface defines.</summary>
    public IReadOnlyList<ResourceBinding> Resources { get; }

    /// <summary>Exports: the field of the wrapper class holding each of <see cref="Functions"/>, in order; empty for imports.</summary>
    public IReadOnlyList<string> FunctionFields { get; }

    /// <summary>
    /// Exports: the field of the wrapper class holding the Canonical ABI view of each of <see cref="Functions"/> (used when
    /// the instance runs on the direct backend), or null for a function that passes handles; empty for imports.
    /// </summary>
    public IReadOnlyList<string?> CanonicalFields { get; }
}
