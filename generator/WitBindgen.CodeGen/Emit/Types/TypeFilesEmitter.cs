using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary>
/// The mode-independent part of the output: one file per interface or world that declares WIT types,
/// named <c>{Namespace}.Types.g.cs</c>.
/// </summary>
internal static class TypeFilesEmitter
{
    /// <summary>The hint-name suffix of type declaration files.</summary>
    public const string Suffix = "Types";

    public static IEnumerable<GeneratedFile> Emit(CodeGenContext context)
    {
        foreach (var container in context.AllContainers.Where(c => !c.IsReused))
        {
            var types = container.DeclaredTypes.Where(id => TypeDeclarationEmitter.Declares(context.Model[id])).ToList();
            if (types.Count == 0)
            {
                continue;
            }

            var writer = new IndentedWriter();
            FileHeader.Write(writer, context);
            writer.Line($"namespace {container.Namespace};");
            foreach (var id in types)
            {
                writer.Line();
                TypeDeclarationEmitter.Emit(writer, context, id);
            }

            yield return new GeneratedFile(container.HintName(Suffix), writer.ToString());
        }
    }
}
