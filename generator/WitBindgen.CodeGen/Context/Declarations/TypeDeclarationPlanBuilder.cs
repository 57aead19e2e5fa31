using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context.Declarations;

/// <summary>
/// Builds the <see cref="TypeDeclarationPlan"/>: the one place that looks at the kinds of the model's types to decide
/// how they are declared. It decides nothing the rest of the plan already has: names come from the container planner
/// and <see cref="Naming.DeclaredMemberPlan"/>, C# types from <see cref="CSharpTypeMapper"/>, an enum's underlying type
/// from its Canonical ABI discriminant and a flags type's from its <see cref="FlagsWidth"/>, as the marshal plan has them.
/// </summary>
internal static class TypeDeclarationPlanBuilder
{
    /// <summary>The declarations of every container of <paramref name="context"/> that declares its own types.</summary>
    public static TypeDeclarationPlan Build(CodeGenContext context)
    {
        var files = new List<TypeDeclarationFile>();
        foreach (var container in context.AllContainers.Where(c => !c.IsReused))
        {
            var types = container.DeclaredTypes.Select(id => Declaration(context, id)).OfType<TypeDeclaration>().ToList();
            if (types.Count > 0)
            {
                files.Add(new TypeDeclarationFile(container, types));
            }
        }

        return new TypeDeclarationPlan(files);
    }

    // Null for a resource: its class differs between host and guest, so the mode's plan declares it.
    private static TypeDeclaration? Declaration(CodeGenContext context, TypeId id)
    {
        var def = context.Model[id];
        var name = context.TypeName(id);
        switch (def.Kind)
        {
            case RecordKind record:
                var fields = Members(context, id, record.Fields.Select(f => (f.Name, f.Docs, (WitType?)f.Type)));
                return new RecordDeclaration(id, name, def.Name ?? "record", def.Docs, def.Stability, fields);
            case VariantKind variant:
                var cases = Members(context, id, variant.Cases.Select(c => (c.Name, c.Docs, c.Type)));
                return new VariantDeclaration(id, name, def.Name ?? "variant", def.Docs, def.Stability, cases);
            case EnumKind @enum:
                var enumCases = Members(context, id, @enum.Cases.Select(c => (c.Name, c.Docs, (WitType?)null)));
                var discriminant = CanonicalAbi.DiscriminantType(@enum.Cases.Count);
                return new EnumDeclaration(id, name, def.Name ?? "enum", def.Docs, def.Stability, enumCases, CSharpTypeMapper.Primitive(discriminant));
            case FlagsKind flags:
                var flagMembers = Members(context, id, flags.Flags.Select(f => (f.Name, f.Docs, (WitType?)null)));
                var (type, suffix) = FlagsType(FlagsWidth.Of(flags.Flags.Count));
                return new FlagsDeclaration(id, name, def.Name ?? "flags", def.Docs, def.Stability, flagMembers, type, suffix);
            default:
                return null;
        }
    }

    // Pairs each WIT member with its planned C# name, in WIT order.
    private static IReadOnlyList<DeclarationMember> Members(CodeGenContext context, TypeId id, IEnumerable<(string Name, string? Docs, WitType? Type)> members)
    {
        var names = context.Members.Of(id);
        return members.Select((m, k) => new DeclarationMember(m.Name, names[k], m.Docs, m.Type is { } type ? context.Types.Map(type) : null)).ToList();
    }

    // Two 32-bit words of flags are one ulong in C#; no flags at all still need an underlying type.
    private static (string Type, string LiteralSuffix) FlagsType(int width) => width switch
    {
        FlagsWidth.U16 => ("ushort", string.Empty),
        FlagsWidth.U32 => ("uint", "U"),
        FlagsWidth.TwoWords => ("ulong", "UL"),
        _ => ("byte", string.Empty),
    };
}
