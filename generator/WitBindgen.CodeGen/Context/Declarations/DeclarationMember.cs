namespace WitBindgen.CodeGen.Context.Declarations;

/// <summary>A record's field, a variant's or an enum's case, or a flag, as its declaration writes it.</summary>
internal sealed class DeclarationMember
{
    /// <param name="witName">The WIT name.</param>
    /// <param name="name">The C# member name, from <see cref="Naming.DeclaredMemberPlan"/>.</param>
    /// <param name="docs">The WIT doc comments, or null.</param>
    /// <param name="type">The fully qualified C# type of a field or of a case's payload; null for a case without payload, an enum case and a flag.</param>
    public DeclarationMember(string witName, string name, string? docs, string? type)
    {
        WitName = witName;
        Name = name;
        Docs = docs;
        Type = type;
    }

    /// <summary>The WIT name.</summary>
    public string WitName { get; }

    /// <summary>The C# member name, from <see cref="Naming.DeclaredMemberPlan"/>.</summary>
    public string Name { get; }

    /// <summary>The WIT doc comments, or null.</summary>
    public string? Docs { get; }

    /// <summary>The fully qualified C# type of a field or of a case's payload; null for a case without payload, an enum case and a flag.</summary>
    public string? Type { get; }
}
