using WitBindgen.CodeGen.Emit.Abi;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes the world's Canonical ABI class for the host: the fixed helpers of primitives, strings and byte lists, and the
/// memory and flat helpers of every type the direct calls pass, written by the same writers as the guest's.
/// </summary>
internal static class CanonicalAbiEmitter
{
    // Handles of host resources are lifted from and lowered into the calling instance's handle table by the scope, with
    // the resource's HostResourceType; direct calls pass no other handles (the host plan keeps those on the value path).
    private static AbiHelperSide Side(MarshalPlan marshal) => new(
        CanonicalAbiRuntimeWriter.Scope,
        CanonicalAbiRuntimeWriter.LowerFlat,
        CanonicalAbiRuntimeWriter.LiftFlat,
        CopiesPrimitiveLists: true,
        handle =>
        {
            var (type, verb) = (marshal.ResourceField(handle.Resource), handle.Borrow ? "Borrow" : "Own");
            return new HandleConversion(v => $"s.Lower{verb}({type}, {v})", h => $"s.Lift{verb}<{handle.ResourceClass}>({type}, {h})");
        })
    {
        RefusesInvalidValues = true,
    };

    /// <summary>The class's file, or null when no exported function is called directly.</summary>
    public static GeneratedFile? Emit(HostPlan plan)
    {
        if (plan.Marshal.CanonicalAbiClassName is not { } className)
        {
            return null;
        }

        var context = plan.Context;
        var w = new IndentedWriter();
        FileHeader.Write(w, context);
        w.Line($"namespace {context.WorldContainer.Namespace};");
        w.Line();
        w.Line($"/// <summary>");
        w.Line($"/// Canonical ABI lifting and lowering of the values of the WIT world <c>{DocComments.Escape(context.World.Name)}</c> over a guest's linear");
        w.Line("/// memory, for the exported functions called directly and the imported functions implemented directly when their instance runs on the direct backend.");
        w.Line("/// </summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.OpenBlock($"internal static class {className}");
        CanonicalAbiRuntimeWriter.Write(w);
        w.Line();
        AbiHelperWriter.WriteAll(w, Side(plan.Marshal), plan.Marshal.CanonicalHelpers);

        w.CloseBlock();
        return new GeneratedFile(context.WorldContainer.HintName(className), w.ToString());
    }
}
