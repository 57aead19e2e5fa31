using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Emit.Types;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// The C# member names the shared type emitters give record fields, variant cases, enum cases and flags,
/// recomputed the same way (same scopes, same claim order) so lifting and lowering code can refer to them.
/// </summary>
internal static class DeclaredMemberNames
{
    /// <summary>The positional property of each record field, in field order.</summary>
    public static IReadOnlyList<string> RecordFields(CodeGenContext context, TypeId id, RecordKind record)
    {
        var members = RecordMemberNames.ScopeFor(context.TypeName(id));
        return record.Fields.Select(f => members.Claim(CSharpNames.ToPascalCase(f.Name))).ToList();
    }

    /// <summary>The nested record of each variant case, in case order.</summary>
    public static IReadOnlyList<string> VariantCases(CodeGenContext context, TypeId id, VariantKind variant)
    {
        var cases = RecordMemberNames.ScopeFor(context.TypeName(id), VariantEmitter.PayloadProperty);
        return variant.Cases.Select(c => cases.Claim(CSharpNames.ToPascalCase(c.Name))).ToList();
    }
}
