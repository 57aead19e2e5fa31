using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Naming;

/// <summary>
/// The members the generated declaration of a WIT type always has, which the type itself must not be named
/// after (C# forbids a member named like its enclosing type, CS0542): a record <c>equals</c> cannot be
/// <c>Equals</c>, since every C# record declares <c>Equals</c>; a resource <c>dispose</c> cannot be
/// <c>Dispose</c>, since its class implements <see cref="IDisposable"/>.
/// </summary>
internal static class DeclaredTypeMembers
{
    // What the compiler synthesizes for a record (records and variants, whose cases are nested records).
    private static readonly HashSet<string> RecordMembers = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "EqualityContract", "PrintMembers", "Deconstruct",
    };

    // What the host and the guest resource classes declare besides the WIT functions.
    private static readonly HashSet<string> ResourceMembers = new(StringComparer.Ordinal)
    {
        "Handle", "Dispose", "DropHandle", "Create", "Interop", "WitLowerOwn", "WitLowerBorrow", "WitLiftOwn", "WitLiftBorrow",
        "WitReps", "WitRep", "WitHandle", "WitDestructor", "WitNew", "WitRepOf", "WitDrop", "WitConstruct",
    };

    /// <summary>Whether the declaration of a type of <paramref name="kind"/> has a member named <paramref name="name"/>.</summary>
    public static bool Has(TypeDefKind kind, string name) => kind switch
    {
        RecordKind or VariantKind => RecordMembers.Contains(name),
        FlagsKind => name == "None",
        ResourceKind => ResourceMembers.Contains(name),
        _ => false,
    };
}
