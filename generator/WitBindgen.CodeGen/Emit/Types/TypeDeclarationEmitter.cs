using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Declarations;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary>
/// Writes the C# declaration of one record, variant, enum or flags type as <see cref="TypeDeclarationPlan"/> decided it.
/// Resources are declared by the mode emitters (their shape differs between host and guest), so the plan has none.
/// </summary>
internal static class TypeDeclarationEmitter
{
    /// <summary>Writes <paramref name="declaration"/>.</summary>
    public static void Emit(IndentedWriter writer, CodeGenContext context, TypeDeclaration declaration)
    {
        switch (declaration)
        {
            case RecordDeclaration record:
                RecordEmitter.Emit(writer, context, record);
                break;
            case VariantDeclaration variant:
                VariantEmitter.Emit(writer, context, variant);
                break;
            case EnumDeclaration @enum:
                EnumEmitter.Emit(writer, context, @enum);
                break;
            case FlagsDeclaration flags:
                FlagsEmitter.Emit(writer, context, flags);
                break;
            default:
                throw new InvalidOperationException($"no emitter declares a {declaration.GetType().Name}");
        }
    }

    /// <summary>The fallback description of a type without docs: <c>The WIT record &lt;c&gt;point&lt;/c&gt;.</c></summary>
    internal static string Describe(TypeDeclaration declaration, string kind) => $"The WIT {kind} <c>{DocComments.Escape(declaration.WitName)}</c>.";
}
