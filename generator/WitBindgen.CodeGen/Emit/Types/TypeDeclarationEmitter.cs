using WitBindgen.CodeGen.Context;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary>
/// Writes the C# declaration of one named WIT type: records, variants, enums and flags. Resources are
/// declared by the mode emitters (their shape differs between host and guest), so nothing is written for them.
/// </summary>
internal static class TypeDeclarationEmitter
{
    /// <summary>Writes the declaration of <paramref name="id"/>; returns false when the type has none here (a resource, an alias).</summary>
    public static bool Emit(IndentedWriter writer, CodeGenContext context, TypeId id)
    {
        var def = context.Model[id];
        var name = context.TypeName(id);
        switch (def.Kind)
        {
            case RecordKind record:
                RecordEmitter.Emit(writer, context, def, name, record, context.Members.Of(id));
                return true;
            case VariantKind variant:
                VariantEmitter.Emit(writer, context, def, name, variant, context.Members.Of(id));
                return true;
            case EnumKind @enum:
                EnumEmitter.Emit(writer, context, def, name, @enum, context.Members.Of(id));
                return true;
            case FlagsKind flags:
                FlagsEmitter.Emit(writer, context, def, name, flags, context.Members.Of(id));
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether <see cref="Emit"/> writes a declaration for <paramref name="def"/>.</summary>
    public static bool Declares(TypeDef def) => def.Kind is RecordKind or VariantKind or EnumKind or FlagsKind;

    /// <summary>The WIT kind word for a fallback description: <c>record</c>, <c>variant</c>, …</summary>
    internal static string Describe(TypeDef def, string kind) => $"The WIT {kind} <c>{DocComments.Escape(def.Name ?? kind)}</c>.";
}
