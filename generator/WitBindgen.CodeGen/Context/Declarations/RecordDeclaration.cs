using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context.Declarations;

/// <summary>A <c>record</c>: a sealed C# record with one positional property per field.</summary>
internal sealed class RecordDeclaration : TypeDeclaration
{
    /// <param name="id">The WIT type.</param>
    /// <param name="name">The simple C# name.</param>
    /// <param name="witName">The WIT name.</param>
    /// <param name="docs">The WIT doc comments, or null.</param>
    /// <param name="stability">The WIT gates.</param>
    /// <param name="fields">The fields, in WIT order, each with its C# type.</param>
    public RecordDeclaration(TypeId id, string name, string witName, string? docs, Stability stability, IReadOnlyList<DeclarationMember> fields)
        : base(id, name, witName, docs, stability)
    {
        Fields = fields;
    }

    /// <summary>The fields, in WIT order, each with its C# type.</summary>
    public IReadOnlyList<DeclarationMember> Fields { get; }
}
