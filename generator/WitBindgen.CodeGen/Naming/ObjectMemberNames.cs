namespace WitBindgen.CodeGen.Naming;

/// <summary>
/// The members every C# class inherits from <see cref="object"/>: a generated member of one of these names would hide
/// or clash with them (and a method <c>Finalize</c> would read as a destructor, CS0465).
/// </summary>
internal static class ObjectMemberNames
{
    /// <summary>Equals, GetHashCode, ToString, GetType, MemberwiseClone, Finalize and ReferenceEquals.</summary>
    public static IReadOnlyList<string> All { get; } = new[]
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };
}
