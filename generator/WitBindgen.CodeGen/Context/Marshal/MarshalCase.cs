namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A case of a variant or an enum, or a flag of a flags type.</summary>
internal sealed class MarshalCase
{
    /// <param name="witName">The WIT name, as the native values spell it.</param>
    /// <param name="member">The C# member: the case's nested class, the enum or flags member.</param>
    /// <param name="payload">The payload's type, or null when the case has none (always null for enums and flags).</param>
    public MarshalCase(string witName, string member, MarshalType? payload)
    {
        WitName = witName;
        Member = member;
        Payload = payload;
    }

    /// <summary>The WIT name, as the native values spell it.</summary>
    public string WitName { get; }

    /// <summary>The C# member: the case's nested class, the enum or flags member.</summary>
    public string Member { get; }

    /// <summary>The payload's type, or null when the case has none (always null for enums and flags).</summary>
    public MarshalType? Payload { get; }
}
