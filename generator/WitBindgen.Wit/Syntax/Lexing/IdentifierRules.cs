using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Syntax.Lexing;

/// <summary>
/// The kebab-case rule for WIT names, as wit-parser applies it: words separated by single <c>-</c>;
/// each word is ASCII letters and digits, all lower-case or all upper-case; the first word starts
/// with a letter, later words may start with a digit.
/// </summary>
internal static class IdentifierRules
{
    /// <summary>
    /// Checks the name in <c>text[start..end)</c>; problems are reported at <paramref name="reportAt"/>
    /// (the start of the token, including a <c>%</c>), as wit-parser does.
    /// </summary>
    public static void Validate(string text, int start, int end, int reportAt)
    {
        var problem = FindProblem(text, start, end);
        if (problem is null)
        {
            return;
        }

        var span = TextSpan.FromBounds(reportAt, end);
        if (problem.Value < 0)
        {
            throw new WitSyntaxException(WitDiagnostics.EmptyIdentifierPart, span);
        }

        throw new WitSyntaxException(WitDiagnostics.InvalidIdentifierCharacter, span, CharClass.Quote(text, problem.Value));
    }

    /// <summary>Whether <paramref name="name"/> is a valid kebab-case identifier.</summary>
    public static bool IsValid(string name) => FindProblem(name, 0, name.Length) is null;

    // Null when valid; -1 for an empty word; otherwise the index of the offending character.
    private static int? FindProblem(string text, int start, int end)
    {
        if (start >= end)
        {
            return -1;
        }

        var wordStart = start;
        var firstWord = true;
        bool? upper = null;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == '-')
            {
                if (i == wordStart)
                {
                    return -1;
                }

                firstWord = false;
                upper = null;
                wordStart = i + 1;
                continue;
            }

            var c = text[i];
            if (i == wordStart && firstWord && !IsAsciiLetter(c))
            {
                return i;
            }

            if (c >= '0' && c <= '9')
            {
                continue;
            }

            if (c >= 'A' && c <= 'Z')
            {
                if (upper == false)
                {
                    return i;
                }

                upper = true;
            }
            else if (c >= 'a' && c <= 'z')
            {
                if (upper == true)
                {
                    return i;
                }

                upper = false;
            }
            else
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
