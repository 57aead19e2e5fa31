namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>A lowering or lifting method of a declared type in the marshal class.</summary>
internal sealed class MarshalHelper
{
    /// <param name="name">The method's name.</param>
    /// <param name="lift">Whether it lifts (else it lowers).</param>
    /// <param name="typeName">The type's qualified C# name.</param>
    /// <param name="body">The code of its body, whose parameters are <c>value</c> (and <c>where</c> when lowering).</param>
    public MarshalHelper(string name, bool lift, string typeName, HostValueCode body)
    {
        Name = name;
        Lift = lift;
        TypeName = typeName;
        Body = body;
    }

    /// <summary>The method's name.</summary>
    public string Name { get; }

    /// <summary>Whether it lifts (else it lowers).</summary>
    public bool Lift { get; }

    /// <summary>The type's qualified C# name.</summary>
    public string TypeName { get; }

    /// <summary>The code of its body, whose parameters are <c>value</c> (and <c>where</c> when lowering).</summary>
    public HostValueCode Body { get; }
}
