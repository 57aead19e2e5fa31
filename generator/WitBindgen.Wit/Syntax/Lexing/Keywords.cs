namespace WitBindgen.Wit.Syntax.Lexing;

/// <summary>Keyword recognition and the descriptions tokens have in error messages.</summary>
internal static class Keywords
{
    // Keywords grouped by length so that a word is compared only with keywords as long as it is,
    // without allocating a substring.
    private static readonly (string Text, TokenKind Kind)[][] ByLength = BuildTable();

    /// <summary>The keyword spelled by <paramref name="length"/> characters at <paramref name="start"/>, or <see cref="TokenKind.Id"/>.</summary>
    public static TokenKind Classify(string text, int start, int length)
    {
        if (length >= ByLength.Length)
        {
            return TokenKind.Id;
        }

        var first = text[start];
        foreach (var (keyword, kind) in ByLength[length])
        {
            if (keyword[0] == first && string.CompareOrdinal(text, start, keyword, 0, length) == 0)
            {
                return kind;
            }
        }

        return TokenKind.Id;
    }

    /// <summary>Whether <paramref name="word"/> lexes as a keyword rather than an identifier.</summary>
    public static bool IsReserved(string word) => word.Length > 0 && Classify(word, 0, word.Length) != TokenKind.Id;

    /// <summary>Every word the lexer reserves.</summary>
    public static IEnumerable<string> All => ByLength.SelectMany(bucket => bucket.Select(k => k.Text));

    /// <summary>How wit-parser describes a token kind in "expected …, found …" messages.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "eof",
        TokenKind.Equals => "'='",
        TokenKind.Comma => "','",
        TokenKind.Colon => "':'",
        TokenKind.Period => "'.'",
        TokenKind.Semicolon => "';'",
        TokenKind.LeftParen => "'('",
        TokenKind.RightParen => "')'",
        TokenKind.LeftBrace => "'{'",
        TokenKind.RightBrace => "'}'",
        TokenKind.LessThan => "'<'",
        TokenKind.GreaterThan => "'>'",
        TokenKind.RArrow => "`->`",
        TokenKind.Star => "`*`",
        TokenKind.At => "`@`",
        TokenKind.Slash => "`/`",
        TokenKind.Plus => "`+`",
        TokenKind.Minus => "`-`",
        TokenKind.StringLiteral => "a string literal",
        TokenKind.Integer => "an integer",
        TokenKind.Id => "an identifier",
        TokenKind.ExplicitId => "an '%' identifier",
        _ => "keyword `" + KeywordText(kind) + "`",
    };

    private static string KeywordText(TokenKind kind)
    {
        foreach (var bucket in ByLength)
        {
            foreach (var (keyword, k) in bucket)
            {
                if (k == kind)
                {
                    return keyword;
                }
            }
        }

        return kind.ToString();
    }

    private static (string, TokenKind)[][] BuildTable()
    {
        var all = new (string Text, TokenKind Kind)[]
        {
            ("use", TokenKind.Use), ("type", TokenKind.Type), ("func", TokenKind.Func),
            ("u8", TokenKind.U8), ("u16", TokenKind.U16), ("u32", TokenKind.U32), ("u64", TokenKind.U64),
            ("s8", TokenKind.S8), ("s16", TokenKind.S16), ("s32", TokenKind.S32), ("s64", TokenKind.S64),
            ("f32", TokenKind.F32), ("f64", TokenKind.F64), ("char", TokenKind.Char),
            ("record", TokenKind.Record), ("resource", TokenKind.Resource), ("own", TokenKind.Own),
            ("borrow", TokenKind.Borrow), ("flags", TokenKind.Flags), ("variant", TokenKind.Variant),
            ("enum", TokenKind.Enum), ("bool", TokenKind.Bool), ("string", TokenKind.String),
            ("option", TokenKind.Option), ("result", TokenKind.Result), ("future", TokenKind.Future),
            ("stream", TokenKind.Stream), ("error-context", TokenKind.ErrorContext), ("list", TokenKind.List),
            ("map", TokenKind.Map), ("_", TokenKind.Underscore), ("as", TokenKind.As), ("from", TokenKind.From),
            ("static", TokenKind.Static), ("interface", TokenKind.Interface), ("tuple", TokenKind.Tuple),
            ("import", TokenKind.Import), ("export", TokenKind.Export), ("world", TokenKind.World),
            ("package", TokenKind.Package), ("constructor", TokenKind.Constructor), ("include", TokenKind.Include),
            ("with", TokenKind.With), ("async", TokenKind.Async),
        };

        var maxLength = all.Max(k => k.Text.Length);
        var table = new (string, TokenKind)[maxLength + 1][];
        for (var length = 0; length <= maxLength; length++)
        {
            table[length] = all.Where(k => k.Text.Length == length).Select(k => (k.Text, k.Kind)).ToArray();
        }

        return table;
    }
}
