using WitBindgen.CodeGen.Context.Marshal;

namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>
/// The side of the boundary the shared Canonical ABI helpers are written for: the type of their scope parameter, the
/// types of the flat value buffers they lower into and lift from, whether lists of integers and floats are copied as one
/// block, and how handles are converted.
/// </summary>
/// <param name="Scope">The type of the helpers' first parameter, <c>s</c>: the call's memory, allocator and checks.</param>
/// <param name="LowerFlat">The type of the buffer flat values are lowered into.</param>
/// <param name="LiftFlat">The type of the buffer flat values are lifted from.</param>
/// <param name="CopiesPrimitiveLists">
/// Whether a list of integers or floats is written and read by the scope's <c>WriteArray</c> and <c>ReadArray</c> in
/// one copy, rather than element by element.
/// </param>
/// <param name="Handles">How handles are lowered and lifted on this side.</param>
internal sealed record AbiHelperSide(string Scope, string LowerFlat, string LiftFlat, bool CopiesPrimitiveLists, Func<HandleMarshal, HandleConversion> Handles)
{
    /// <summary>
    /// Whether lowering refuses, with the checks of <see cref="RefusingWriter"/>, the values the Canonical ABI cannot
    /// encode (null where WIT has no null, an enum value outside its cases, flags with bits that name no flag, a variant
    /// of no case, a fixed-length list of another length), rather than passing them for the other side to trap on or
    /// failing on them as it goes.
    /// </summary>
    public bool RefusesInvalidValues { get; init; }

    /// <summary>The guest's side: the generated <c>Scope</c> class over its own memory, flat values in arrays.</summary>
    public static AbiHelperSide Guest(Func<HandleMarshal, HandleConversion> handles) => new("Scope", "ulong[]", "ulong[]", false, handles);
}
