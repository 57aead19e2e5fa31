using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context.Declarations;

/// <summary>A <c>variant</c>: an abstract C# record with one nested sealed record per case.</summary>
internal sealed class VariantDeclaration : TypeDeclaration
{
    /// <param name="id">The WIT type.</param>
    /// <param name="name">The simple C# name.</param>
    /// <param name="witName">The WIT name.</param>
    /// <param name="docs">The WIT doc comments, or null.</param>
    /// <param name="stability">The WIT gates.</param>
    /// <param name="cases">The cases, in WIT order, each with its payload's C# type when it has one.</param>
    public VariantDeclaration(TypeId id, string name, string witName, string? docs, Stability stability, IReadOnlyList<DeclarationMember> cases)
        : base(id, name, witName, docs, stability)
    {
        Cases = cases;
    }

    /// <summary>The cases, in WIT order, each with its payload's C# type when it has one.</summary>
    public IReadOnlyList<DeclarationMember> Cases { get; }
}
