using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context.Declarations;

/// <summary>
/// The C# declaration of one named WIT record, variant, enum or flags type, decided by
/// <see cref="TypeDeclarationPlanBuilder"/>: its name, its members and what their documentation says. The type
/// emitters switch over these kinds, never over the model's.
/// </summary>
internal abstract class TypeDeclaration
{
    /// <param name="id">The WIT type.</param>
    /// <param name="name">The simple C# name, as the container planner gave it.</param>
    /// <param name="witName">The WIT name.</param>
    /// <param name="docs">The WIT doc comments, or null.</param>
    /// <param name="stability">The WIT gates, written as attributes.</param>
    protected TypeDeclaration(TypeId id, string name, string witName, string? docs, Stability stability)
    {
        Id = id;
        Name = name;
        WitName = witName;
        Docs = docs;
        Stability = stability;
    }

    /// <summary>The WIT type.</summary>
    public TypeId Id { get; }

    /// <summary>The simple C# name, as the container planner gave it.</summary>
    public string Name { get; }

    /// <summary>The WIT name.</summary>
    public string WitName { get; }

    /// <summary>The WIT doc comments, or null.</summary>
    public string? Docs { get; }

    /// <summary>The WIT gates, written as attributes.</summary>
    public Stability Stability { get; }
}
