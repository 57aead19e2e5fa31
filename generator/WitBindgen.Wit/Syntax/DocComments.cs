using System.Text;

namespace WitBindgen.Wit.Syntax;

/// <summary>
/// Turns the comments written before an item into its <see cref="Docs"/>, by wit-parser's rule:
/// every comment counts; a line comment loses its leading <c>/</c> characters, a <c>/** … */</c>
/// comment loses both delimiters, any other block comment only its leading <c>/</c>; each piece is
/// right-trimmed, the whitespace common to all non-empty pieces is removed from their start, and
/// the pieces are joined with <c>\n</c>.
/// </summary>
internal static class DocComments
{
    /// <summary>Builds the docs for the comments at <paramref name="comments"/> in <paramref name="text"/>.</summary>
    public static Docs Build(string text, IReadOnlyList<TextSpan> comments)
    {
        if (comments.Count == 0)
        {
            return Docs.None;
        }

        // Each piece is a (start, end) range of the text, trimmed as described above.
        var pieces = new (int Start, int End)[comments.Count];
        var commonIndent = int.MaxValue;
        var totalLength = comments.Count;
        for (var i = 0; i < comments.Count; i++)
        {
            var (start, end) = Strip(text, comments[i]);
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            pieces[i] = (start, end);
            totalLength += end - start;
            if (end > start)
            {
                var indent = 0;
                while (start + indent < end && IsAsciiWhitespace(text[start + indent]))
                {
                    indent++;
                }

                commonIndent = Math.Min(commonIndent, indent);
            }
        }

        if (commonIndent == int.MaxValue)
        {
            commonIndent = 0;
        }

        if (pieces.Length == 1 && commonIndent == 0 && text.IndexOf('\r', pieces[0].Start, pieces[0].End - pieces[0].Start) < 0)
        {
            return new Docs(text.Substring(pieces[0].Start, pieces[0].End - pieces[0].Start));
        }

        var builder = new StringBuilder(totalLength);
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            var (start, end) = pieces[i];
            if (commonIndent > 0 && StartsWithSpaces(text, start, end, commonIndent))
            {
                start += commonIndent;
            }

            AppendWithoutCarriageReturns(builder, text, start, end);
        }

        return new Docs(builder.ToString());
    }

    private static (int Start, int End) Strip(string text, TextSpan comment)
    {
        var start = comment.Start;
        var end = comment.End;
        if (end - start >= 5 && text[start + 1] == '*' && text[start + 2] == '*' && text[end - 2] == '*' && text[end - 1] == '/')
        {
            return (start + 3, end - 2);
        }

        while (start < end && text[start] == '/')
        {
            start++;
        }

        return (start, end);
    }

    // wit-parser removes the common indent only from pieces that begin with that many spaces.
    private static bool StartsWithSpaces(string text, int start, int end, int count)
    {
        if (end - start < count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (text[start + i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    // A block comment may span CRLF lines; wit-parser's output is compared with CRLF folded to LF.
    private static void AppendWithoutCarriageReturns(StringBuilder builder, string text, int start, int end)
    {
        var runStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n')
            {
                builder.Append(text, runStart, i - runStart);
                runStart = i + 1;
            }
        }

        builder.Append(text, runStart, end - runStart);
    }

    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
