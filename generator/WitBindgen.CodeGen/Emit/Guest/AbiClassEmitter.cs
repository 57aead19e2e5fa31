using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Emit.Abi;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// Writes the world's Canonical ABI class: the fixed runtime part and the lifting and lowering methods of every
/// type the imports and exports use (and of the types those contain), as the <see cref="GuestMarshalPlan"/> lists them.
/// </summary>
internal static class AbiClassEmitter
{
    public static GeneratedFile Emit(CodeGenContext context, GuestMarshalPlan plan, string className)
    {
        var w = new IndentedWriter();
        FileHeader.Write(w, context);
        w.Line($"namespace {context.WorldContainer.Namespace};");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Canonical ABI lifting and lowering for this world's bindings, over linear memory addressed as");
        w.Line("/// <see cref=\"Memory.Base\"/> plus 32-bit offsets.");
        w.Line("/// </summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.OpenBlock($"internal static unsafe partial class {className}");
        AbiRuntimeWriter.Write(w, GuestResources.Any(context));
        w.Line();
        AbiHelperWriter.WriteAll(w, AbiHelperSide.Guest(HandleMethods.Of), plan.Helpers);

        w.CloseBlock();
        return new GeneratedFile(context.WorldContainer.HintName(className), w.ToString());
    }
}
