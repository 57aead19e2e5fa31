namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A case of a variant or an enum, or a flag of a flags type.</summary>
/// <param name="WitName">The WIT name, as the native values spell it.</param>
/// <param name="Member">The C# member: the case's nested class, the enum or flags member.</param>
/// <param name="Payload">The payload's type, or null when the case has none (always null for enums and flags).</param>
internal sealed record MarshalCase(string WitName, string Member, MarshalType? Payload);
