using WitBindgen.Wit.Syntax.Lexing;

namespace WitBindgen.Wit.Printing;

/// <summary>
/// Spells identifiers so they re-lex as identifiers: keywords get the <c>%</c> escape. The keywords are the lexer's,
/// so the model printer and the component decoder escape exactly what the parser reserves.
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

    /// <summary>
    /// A package or interface path as written in WIT (<c>ns:pkg</c>, <c>ns:pkg/iface</c>, either with
    /// <c>@version</c>): each name in it escaped, the version left as it is.
    /// </summary>
    public static string EscapePath(string path)
    {
        var at = path.IndexOf('@');
        var names = at < 0 ? path : path.Substring(0, at);
        var text = new System.Text.StringBuilder(path.Length + 4);
        var start = 0;
        for (var i = 0; i <= names.Length; i++)
        {
            if (i == names.Length || names[i] is ':' or '/')
            {
                var name = names.Substring(start, i - start);
                text.Append(name.Length == 0 ? name : Escape(name));
                if (i < names.Length)
                {
                    text.Append(names[i]);
                }

                start = i + 1;
            }
        }

        return at < 0 ? text.ToString() : text.Append(path, at, path.Length - at).ToString();
    }
}
