using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context.Declarations;

/// <summary>An <c>enum</c>: a C# enum whose values are the case indices, on the Canonical ABI discriminant's type.</summary>
internal sealed class EnumDeclaration : TypeDeclaration
{
    /// <param name="id">The WIT type.</param>
    /// <param name="name">The simple C# name.</param>
    /// <param name="witName">The WIT name.</param>
    /// <param name="docs">The WIT doc comments, or null.</param>
    /// <param name="stability">The WIT gates.</param>
    /// <param name="cases">The cases, in WIT order.</param>
    /// <param name="underlyingType">The C# keyword of the underlying type: <c>byte</c>, <c>ushort</c> or <c>uint</c>.</param>
    public EnumDeclaration(TypeId id, string name, string witName, string? docs, Stability stability, IReadOnlyList<DeclarationMember> cases, string underlyingType)
        : base(id, name, witName, docs, stability)
    {
        Cases = cases;
        UnderlyingType = underlyingType;
    }

    /// <summary>The cases, in WIT order.</summary>
    public IReadOnlyList<DeclarationMember> Cases { get; }

    /// <summary>The C# keyword of the underlying type: <c>byte</c>, <c>ushort</c> or <c>uint</c>.</summary>
    public string UnderlyingType { get; }
}
