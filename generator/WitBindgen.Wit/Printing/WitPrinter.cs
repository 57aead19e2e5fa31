using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Printing;

/// <summary>Writes resolved packages back as normalized WIT text.</summary>
public static class WitPrinter
{
    /// <summary>
    /// Prints every package of the model (dependencies first) as one WIT document that re-parses on its
    /// own: a single package uses the <c>package ns:name;</c> header, several use <c>package ns:name { … }</c> blocks.
    /// </summary>
    /// <remarks>
    /// The output is normalized and deterministic: two-space indentation, one item per line, <c>\n</c> line endings,
    /// doc comments as <c>///</c> lines, gates as <c>@since</c>/<c>@unstable</c>/<c>@deprecated</c> lines, keywords
    /// escaped with <c>%</c>. Inside an interface or world, <c>use</c> statements come first, then type definitions
    /// (resources with their functions), then functions; a world then lists its imports and its exports. Worlds are
    /// printed as resolved, so their <c>include</c>s appear flattened and the interfaces their <c>use</c>s need appear as imports.
    /// Packages come in the order a resolver gives them (by name, each after the packages its text refers to), so
    /// that printing, re-resolving the text on its own and printing again yields the same text.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string Print(WitModel model) =>
        new ModelPrinter(model ?? throw new ArgumentNullException(nameof(model))).Print();
}
