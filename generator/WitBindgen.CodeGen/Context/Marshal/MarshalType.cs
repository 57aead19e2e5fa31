using WitBindgen.Wit.Abi;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>
/// How one WIT type crosses the component boundary, decided once by <see cref="MarshalTypeBuilder"/>: its C# type,
/// its Canonical ABI layout and, per kind, what its lifting and lowering code needs (member names, offsets,
/// discriminants, element types). Renderers switch over these kinds, never over the model's.
/// </summary>
/// <remarks>
/// The tree does not fix a string encoding, a memory or a <c>realloc</c>: a component chooses them per canonical
/// function when it is built, so the code rendered from this tree takes them as inputs.
/// </remarks>
internal abstract class MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    protected MarshalType(MarshalFacts facts)
    {
        Facts = facts;
    }

    /// <summary>What every kind knows.</summary>
    public MarshalFacts Facts { get; }

    /// <summary>The helper suffix; see <see cref="MarshalFacts.Key"/>.</summary>
    public string Key => Facts.Key;

    /// <summary>The fully qualified C# type.</summary>
    public string CSharpType => Facts.CSharpType;

    /// <summary>The Canonical ABI layout.</summary>
    public TypeLayout Layout => Facts.Layout;

    /// <summary>
    /// Whether the generated code needs helper methods of its own for this type; primitives, strings and byte lists
    /// use fixed helpers every binding class has.
    /// </summary>
    public virtual bool HasHelpers => true;

    /// <summary>The types this one contains directly, in declaration order, each once per occurrence.</summary>
    public abstract IReadOnlyList<MarshalType> Children { get; }

    /// <summary>The number of flat core values after a variant-like type's discriminant.</summary>
    public int PayloadSlots => Layout.Flat.Count - 1;
}
