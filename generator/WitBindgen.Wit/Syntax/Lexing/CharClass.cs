using System.Globalization;
using System.Text;

namespace WitBindgen.Wit.Syntax.Lexing;

/// <summary>Character classes the lexer needs, with an ASCII fast path.</summary>
internal static class CharClass
{
    /// <summary>Whether the code point at <paramref name="index"/> may start a word (XID_Start or <c>_</c>).</summary>
    public static bool IsWordStart(string text, int index)
    {
        var c = text[index];
        if (c < 0x80)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        return CharUnicodeInfo.GetUnicodeCategory(text, index) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    /// <summary>Whether the code point at <paramref name="index"/> may continue a word (XID_Continue or <c>-</c>).</summary>
    public static bool IsWordContinue(string text, int index)
    {
        var c = text[index];
        if (c < 0x80)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        }

        return CharUnicodeInfo.GetUnicodeCategory(text, index) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>How many UTF-16 code units the code point at <paramref name="index"/> takes.</summary>
    public static int Width(string text, int index) => char.IsSurrogatePair(text, index) ? 2 : 1;

    /// <summary>Formats the code point at <paramref name="index"/> as Rust's <c>{:?}</c> does for a char, e.g. <c>'$'</c>.</summary>
    public static string Quote(string text, int index)
    {
        var width = Width(text, index);
        var codePoint = width == 2 ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];
        switch (codePoint)
        {
            case '\t': return "'\\t'";
            case '\n': return "'\\n'";
            case '\r': return "'\\r'";
            case '\'': return "'\\''";
            case '\\': return "'\\\\'";
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
        {
            return "'" + EscapeUnicode(codePoint) + "'";
        }

        return "'" + text.Substring(index, width) + "'";
    }

    /// <summary>Formats a code point as <c>\u{hex}</c>.</summary>
    public static string EscapeUnicode(int codePoint) =>
        new StringBuilder("\\u{").Append(codePoint.ToString("x", CultureInfo.InvariantCulture)).Append('}').ToString();
}
