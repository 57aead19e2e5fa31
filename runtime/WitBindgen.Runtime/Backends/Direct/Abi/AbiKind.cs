namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>What an <see cref="AbiType"/> is, after the spec's <c>despecialize</c> keeps the distinctions a value needs.</summary>
internal enum AbiKind : byte
{
    Bool,
    S8,
    U8,
    S16,
    U16,
    S32,
    U32,
    S64,
    U64,
    F32,
    F64,
    Char,
    String,
    List,
    FixedList,
    Map,
    Record,
    Tuple,
    Variant,
    Enum,
    Option,
    Result,
    Flags,
    Own,
    Borrow,
}
