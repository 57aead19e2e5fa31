namespace WitBindgen.CodeGen.Naming;

/// <summary>Names a C# record already has, which a property or nested type of a generated record must not reuse.</summary>
internal static class RecordMemberNames
{
    /// <summary>The members the compiler synthesizes for every record, and those inherited from <see cref="object"/>.</summary>
    public static IReadOnlyList<string> Synthesized { get; } =
        ObjectMemberNames.All.Concat(new[] { "EqualityContract", "PrintMembers", "Deconstruct", "Clone" }).ToArray();

    /// <summary>A member scope for a record named <paramref name="typeName"/>: synthesized members and the type's own name are taken.</summary>
    public static NameScope ScopeFor(string typeName, params string[] alsoTaken) =>
        new(Synthesized.Concat(new[] { typeName }).Concat(alsoTaken));
}
