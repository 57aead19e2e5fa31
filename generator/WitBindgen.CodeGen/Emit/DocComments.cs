using System.Text;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit;

/// <summary>
/// Writes WIT documentation as C# XML doc comments, and the attributes for WIT feature gates. Every public
/// generated member gets a summary (a plain description when WIT has none), so generated code builds
/// without CS1591 in projects that require documentation.
/// </summary>
internal static class DocComments
{
    /// <summary>Writes <c>/// &lt;summary&gt;</c> from <paramref name="docs"/>, or from <paramref name="fallback"/> (already XML) when there are none.</summary>
    public static void Summary(IndentedWriter writer, string? docs, string fallback) => Element(writer, "summary", null, docs, fallback);

    /// <summary>Writes <c>/// &lt;param name="…"&gt;</c> for a positional record parameter or method parameter.</summary>
    public static void Param(IndentedWriter writer, string name, string? docs, string fallback) =>
        Element(writer, "param", $" name=\"{Escape(name.TrimStart('@'))}\"", docs, fallback);

    /// <summary>XML-escapes <paramref name="text"/> for a doc comment.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>Writes the attributes for the item's gates: <c>[Obsolete]</c> for <c>@deprecated</c>, <c>[Experimental]</c> for <c>@unstable</c>.</summary>
    public static void StabilityAttributes(IndentedWriter writer, Stability stability)
    {
        if (stability.Deprecated is { } version)
        {
            writer.Line($"[global::System.Obsolete(\"Deprecated in WIT version {version}.\")]");
        }

        if (stability.Kind == StabilityKind.Unstable && stability.Feature is { } feature)
        {
            writer.Line($"[global::System.Diagnostics.CodeAnalysis.Experimental(\"{ExperimentalId(feature)}\")]");
        }
    }

    /// <summary>The diagnostic id an <c>@unstable(feature = f)</c> item carries: <c>WIT_</c> then the feature with <c>-</c> as <c>_</c>.</summary>
    public static string ExperimentalId(string feature) =>
        "WIT_" + new string(feature.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    private static void Element(IndentedWriter writer, string tag, string? attributes, string? docs, string fallback)
    {
        var lines = docs is null
            ? new[] { fallback }
            : docs.Replace("\r\n", "\n").Split('\n').Select(l => Escape(l.TrimEnd())).ToArray();
        if (lines.Length == 1)
        {
            writer.Line($"/// <{tag}{attributes}>{lines[0].Trim()}</{tag}>");
            return;
        }

        writer.Line($"/// <{tag}{attributes}>");
        foreach (var line in lines)
        {
            writer.Line(line.Length == 0 ? "///" : "/// " + line);
        }

        writer.Line($"/// </{tag}>");
    }
}
