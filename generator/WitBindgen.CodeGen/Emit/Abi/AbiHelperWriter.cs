using WitBindgen.CodeGen.Emit.Guest;

namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>Writes a plan's list of Canonical ABI helpers, each with the memory or flat writer it asks for.</summary>
internal static class AbiHelperWriter
{
    /// <summary>Writes <paramref name="helpers"/> in their order, for <paramref name="side"/>.</summary>
    public static void WriteAll(IndentedWriter w, AbiHelperSide side, IEnumerable<GuestHelper> helpers)
    {
        var memory = new MemoryHelperWriter(w, side);
        var flat = new FlatHelperWriter(w, side);
        foreach (var helper in helpers)
        {
            if (helper.Flat)
            {
                flat.Write(helper.Type);
            }
            else
            {
                memory.Write(helper.Type);
            }
        }
    }
}
