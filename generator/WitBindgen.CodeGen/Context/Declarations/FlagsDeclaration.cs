using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context.Declarations;

/// <summary>A <c>flags</c> type: a C# <c>[Flags]</c> enum whose bit k is flag k, on the smallest unsigned type with a bit per flag.</summary>
internal sealed class FlagsDeclaration : TypeDeclaration
{
    /// <param name="id">The WIT type.</param>
    /// <param name="name">The simple C# name.</param>
    /// <param name="witName">The WIT name.</param>
    /// <param name="docs">The WIT doc comments, or null.</param>
    /// <param name="stability">The WIT gates.</param>
    /// <param name="flags">The flags, in WIT order (after <see cref="Naming.DeclaredMemberPlan.NoneMember"/>).</param>
    /// <param name="underlyingType">The C# keyword of the underlying type: <c>byte</c>, <c>ushort</c>, <c>uint</c> or <c>ulong</c>.</param>
    /// <param name="literalSuffix">The suffix the flags' <c>1 &lt;&lt; k</c> literals need on that type: empty, <c>U</c> or <c>UL</c>.</param>
    public FlagsDeclaration(TypeId id, string name, string witName, string? docs, Stability stability, IReadOnlyList<DeclarationMember> flags, string underlyingType, string literalSuffix)
        : base(id, name, witName, docs, stability)
    {
        Flags = flags;
        UnderlyingType = underlyingType;
        LiteralSuffix = literalSuffix;
    }

    /// <summary>The flags, in WIT order (after <see cref="Naming.DeclaredMemberPlan.NoneMember"/>).</summary>
    public IReadOnlyList<DeclarationMember> Flags { get; }

    /// <summary>The C# keyword of the underlying type: <c>byte</c>, <c>ushort</c>, <c>uint</c> or <c>ulong</c>.</summary>
    public string UnderlyingType { get; }

    /// <summary>The suffix the flags' <c>1 &lt;&lt; k</c> literals need on that type: empty, <c>U</c> or <c>UL</c>.</summary>
    public string LiteralSuffix { get; }
}
