using WitBindgen.CodeGen.Emit.Types;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// The C# member names the shared type emitters give to record fields, variant cases, enum cases and flags,
/// computed the same way (same scopes, same claim order) so marshalling code refers to the declared members.
/// </summary>
internal static class DeclaredMemberNames
{
    /// <summary>The positional property of each record field, in field order.</summary>
    public static IReadOnlyList<string> RecordProperties(string typeName, RecordKind record)
    {
        var members = RecordMemberNames.ScopeFor(typeName);
        return record.Fields.Select(f => members.Claim(CSharpNames.ToPascalCase(f.Name))).ToList();
    }

    /// <summary>The nested case record of each variant case, in case order.</summary>
    public static IReadOnlyList<string> VariantCases(string typeName, VariantKind variant)
    {
        var cases = RecordMemberNames.ScopeFor(typeName, VariantEmitter.PayloadProperty);
        return variant.Cases.Select(c => cases.Claim(CSharpNames.ToPascalCase(c.Name))).ToList();
    }

    /// <summary>The member of each enum case, in case order.</summary>
    public static IReadOnlyList<string> EnumMembers(string typeName, EnumKind @enum)
    {
        var members = new NameScope(new[] { typeName });
        return @enum.Cases.Select(c => members.Claim(CSharpNames.ToPascalCase(c.Name))).ToList();
    }

    /// <summary>The member of each flag, in flag order.</summary>
    public static IReadOnlyList<string> FlagMembers(string typeName, FlagsKind flags)
    {
        var members = new NameScope(new[] { typeName, FlagsEmitter.NoneMember });
        return flags.Flags.Select(f => members.Claim(CSharpNames.ToPascalCase(f.Name))).ToList();
    }
}
