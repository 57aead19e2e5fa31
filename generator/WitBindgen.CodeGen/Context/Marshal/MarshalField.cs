namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A field of a record or an item of a tuple.</summary>
/// <param name="WitName">The WIT field name, or empty for a tuple item.</param>
/// <param name="Member">The C# member holding it: the record's property, or <c>Item1</c>, <c>Item2</c>, ….</param>
/// <param name="Offset">Its offset in linear memory from the start of the value.</param>
/// <param name="Type">Its type.</param>
internal sealed record MarshalField(string WitName, string Member, uint Offset, MarshalType Type);
