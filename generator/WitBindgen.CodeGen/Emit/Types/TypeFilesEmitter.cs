using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Declarations;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary>
/// The mode-independent part of the output: one file per interface or world that declares WIT types,
/// named <c>{Namespace}.Types.g.cs</c>, written from the <see cref="TypeDeclarationPlan"/>.
/// </summary>
internal static class TypeFilesEmitter
{
    /// <summary>The hint-name suffix of type declaration files.</summary>
    public const string Suffix = "Types";

    /// <summary>Plans the declarations of <paramref name="context"/>'s world, then writes them.</summary>
    public static IReadOnlyList<GeneratedFile> Emit(CodeGenContext context) => Emit(context, TypeDeclarationPlan.Create(context));

    /// <summary>Writes the files of <paramref name="plan"/>.</summary>
    public static IReadOnlyList<GeneratedFile> Emit(CodeGenContext context, TypeDeclarationPlan plan) =>
        plan.Files.Select(file => Write(context, file)).ToList();

    private static GeneratedFile Write(CodeGenContext context, TypeDeclarationFile file)
    {
        var writer = new IndentedWriter();
        FileHeader.Write(writer, context);
        writer.Line($"namespace {file.Container.Namespace};");
        foreach (var declaration in file.Types)
        {
            writer.Line();
            TypeDeclarationEmitter.Emit(writer, context, declaration);
        }

        return new GeneratedFile(file.Container.HintName(Suffix), writer.ToString());
    }
}
