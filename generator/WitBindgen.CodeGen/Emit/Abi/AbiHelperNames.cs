using WitBindgen.CodeGen.Context.Marshal;

namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>
/// The names of the Canonical ABI helper methods of a type: its verb and its <see cref="MarshalType.Key"/>
/// (<c>StorePoint3</c>, <c>LiftU32</c>). Primitives, strings and byte lists have fixed helpers of these names in the
/// class the helpers are written into.
/// </summary>
internal static class AbiHelperNames
{
    /// <summary>Stores a value at an offset in linear memory.</summary>
    public static string Store(MarshalType type) => "Store" + type.Key;

    /// <summary>Loads a value from an offset in linear memory.</summary>
    public static string Load(MarshalType type) => "Load" + type.Key;

    /// <summary>Lowers a value to flat core values.</summary>
    public static string Lower(MarshalType type) => "Lower" + type.Key;

    /// <summary>Lifts a value from flat core values.</summary>
    public static string Lift(MarshalType type) => "Lift" + type.Key;

    /// <summary>Allocates and stores a list's elements, returning its data offset and length.</summary>
    public static string Write(MarshalType list) => "Write" + list.Key;

    /// <summary>Reads a list's elements back from its data offset and length.</summary>
    public static string Read(MarshalType list) => "Read" + list.Key;
}
