using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Naming;

/// <summary>
/// The C# member names of every declared record, variant, enum and flags type, decided once before any code is
/// written: record fields, variant cases, enum cases and flags, in WIT order. The type declarations and the host
/// and guest marshalling code all read these names, so they cannot disagree.
/// </summary>
internal sealed class DeclaredMemberPlan
{
    /// <summary>The property holding a variant case's payload.</summary>
    public const string PayloadProperty = "Value";

    /// <summary>The flags member for no flags set.</summary>
    public const string NoneMember = "None";

    private readonly IReadOnlyDictionary<TypeId, IReadOnlyList<string>> _members;

    private DeclaredMemberPlan(IReadOnlyDictionary<TypeId, IReadOnlyList<string>> members)
    {
        _members = members;
    }

    /// <summary>
    /// Names the members of each type in <paramref name="typeNames"/>, whose values are the types' own C# names
    /// (a member may not be named like its enclosing type, CS0542).
    /// </summary>
    public static DeclaredMemberPlan Create(WitModel model, IEnumerable<KeyValuePair<TypeId, string>> typeNames)
    {
        var members = new Dictionary<TypeId, IReadOnlyList<string>>();
        foreach (var entry in typeNames)
        {
            if (Plan(model[entry.Key].Kind, entry.Value) is { } names)
            {
                members.Add(entry.Key, names);
            }
        }

        return new DeclaredMemberPlan(members);
    }

    /// <summary>
    /// The member names of a declared record (its positional properties), variant (its nested case records),
    /// enum (its cases) or flags type (its flags, after <see cref="NoneMember"/>), in WIT order.
    /// </summary>
    /// <exception cref="InvalidOperationException">The type is not a declared record, variant, enum or flags type.</exception>
    public IReadOnlyList<string> Of(TypeId id) =>
        _members.TryGetValue(id, out var names)
            ? names
            : throw new InvalidOperationException($"type #{id.Index} has no planned member names");

    private static IReadOnlyList<string>? Plan(TypeDefKind kind, string typeName) => kind switch
    {
        RecordKind record => Claim(RecordMemberNames.ScopeFor(typeName), record.Fields.Select(f => f.Name)),

        // A case may not be called like the variant nor like its payload property.
        VariantKind variant => Claim(RecordMemberNames.ScopeFor(typeName, PayloadProperty), variant.Cases.Select(c => c.Name)),
        EnumKind @enum => Claim(new NameScope(new[] { typeName }), @enum.Cases.Select(c => c.Name)),
        FlagsKind flags => Claim(new NameScope(new[] { typeName, NoneMember }), flags.Flags.Select(f => f.Name)),
        _ => null,
    };

    private static IReadOnlyList<string> Claim(NameScope scope, IEnumerable<string> witNames) =>
        witNames.Select(n => scope.Claim(CSharpNames.ToPascalCase(n))).ToArray();
}
