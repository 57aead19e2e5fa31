using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Printing;

/// <summary>Writes resolved packages back as normalized WIT text.</summary>
public static class WitPrinter
{
    /// <summary>
    /// Prints every package of the model (dependencies first) as one WIT document that re-parses on its
    /// own: a single package uses the <c>package ns:name;</c> header, several use <c>package ns:name { … }</c> blocks.
    /// </summary>
    public static string Print(WitModel model) => throw new NotImplementedException();
}
