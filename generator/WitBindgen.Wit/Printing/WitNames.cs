using WitBindgen.Wit.Syntax.Lexing;

namespace WitBindgen.Wit.Printing;

/// <summary>
/// Spells identifiers so they re-lex as identifiers: keywords get the <c>%</c> escape. The keywords are the lexer's,
/// so the printer escapes exactly what the parser reserves.
/// </summary>
internal static class WitNames
{
    /// <summary>
    /// The old spellings of <c>f32</c> and <c>f64</c>, which this lexer no longer reserves but older WIT parsers do;
    /// escaping them too keeps printed text readable there (<c>%name</c> is valid for any identifier).
    /// </summary>
    private static readonly HashSet<string> FormerKeywords = new(StringComparer.Ordinal) { "float32", "float64" };

    /// <summary>The identifier as written in WIT.</summary>
    public static string Escape(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "%unnamed";
        }

        return Keywords.IsReserved(name!) || FormerKeywords.Contains(name!) ? "%" + name : name!;
    }
}
