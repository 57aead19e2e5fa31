using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Syntax.Lexing;

/// <summary>
/// Turns WIT text into tokens on demand, in one forward pass with no allocation per token.
/// Whitespace and comments are trivia: <see cref="Next"/> skips them, <see cref="CollectComments"/>
/// hands the comments to the parser for doc comments. <c>\r\n</c> counts as one line break, as in wit-parser.
/// The first lexical error is thrown as a <see cref="WitSyntaxException"/>.
/// </summary>
internal sealed class Lexer
{
    private readonly string _text;
    private int _position;

    // One token of look-ahead, valid while _position == _peekFrom.
    private int _peekFrom = -1;
    private Token _peeked;

    public Lexer(string text)
    {
        _text = text;
        RejectForbiddenCharacters(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            _position = 1;
        }
    }

    /// <summary>The offset the next token (or trivia) starts at. Setting it rewinds or skips ahead.</summary>
    public int Position
    {
        get => _position;
        set => _position = value;
    }

    /// <summary>The next token, without consuming it.</summary>
    public Token Peek()
    {
        if (_peekFrom != _position)
        {
            var saved = _position;
            _peeked = Lex();
            _position = saved;
            _peekFrom = saved;
        }

        return _peeked;
    }

    /// <summary>Where the last token <see cref="Next"/> returned ends.</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>Consumes and returns the next token.</summary>
    public Token Next()
    {
        var token = Peek();
        _position = token.End;
        PreviousEnd = token.End;
        return token;
    }

    /// <summary>Consumes the next token when it is of <paramref name="kind"/>.</summary>
    public bool Eat(TokenKind kind)
    {
        if (Peek().Kind != kind)
        {
            return false;
        }

        Next();
        return true;
    }

    /// <summary>
    /// Skips whitespace and comments, adding the span of each comment to <paramref name="comments"/>.
    /// </summary>
    public void CollectComments(List<TextSpan> comments)
    {
        while (_position < _text.Length)
        {
            var start = _position;
            if (SkipWhitespace())
            {
                continue;
            }

            if (SkipComment())
            {
                comments.Add(TextSpan.FromBounds(start, _position));
                continue;
            }

            break;
        }
    }

    /// <summary>The text of a token.</summary>
    public string TextOf(Token token) => _text.Substring(token.Start, token.End - token.Start);

    private Token Lex()
    {
        while (SkipWhitespace() || SkipComment())
        {
        }

        var start = _position;
        if (start >= _text.Length)
        {
            return new Token(TokenKind.EndOfFile, _text.Length, _text.Length);
        }

        var c = _text[start];
        _position++;
        var kind = c switch
        {
            '=' => TokenKind.Equals,
            ',' => TokenKind.Comma,
            ':' => TokenKind.Colon,
            '.' => TokenKind.Period,
            ';' => TokenKind.Semicolon,
            '(' => TokenKind.LeftParen,
            ')' => TokenKind.RightParen,
            '{' => TokenKind.LeftBrace,
            '}' => TokenKind.RightBrace,
            '<' => TokenKind.LessThan,
            '>' => TokenKind.GreaterThan,
            '*' => TokenKind.Star,
            '@' => TokenKind.At,
            '/' => TokenKind.Slash,
            '+' => TokenKind.Plus,
            '-' => EatChar('>') ? TokenKind.RArrow : TokenKind.Minus,
            '%' => LexExplicitId(),
            '"' => LexString(start),
            _ => LexWordOrNumber(start),
        };

        return new Token(kind, start, _position);
    }

    private TokenKind LexWordOrNumber(int start)
    {
        _position = start;
        if (CharClass.IsWordStart(_text, start))
        {
            SkipWordContinue();
            return Keywords.Classify(_text, start, _position - start);
        }

        if (_text[start] >= '0' && _text[start] <= '9')
        {
            while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
            {
                _position++;
            }

            return TokenKind.Integer;
        }

        throw new WitSyntaxException(WitDiagnostics.UnexpectedCharacter, new TextSpan(start, CharClass.Width(_text, start)), CharClass.Quote(_text, start));
    }

    private TokenKind LexExplicitId()
    {
        if (_position < _text.Length && CharClass.IsWordStart(_text, _position))
        {
            SkipWordContinue();
        }

        return TokenKind.ExplicitId;
    }

    private void SkipWordContinue()
    {
        while (_position < _text.Length && CharClass.IsWordContinue(_text, _position))
        {
            _position += CharClass.Width(_text, _position);
        }
    }

    private TokenKind LexString(int start)
    {
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return TokenKind.StringLiteral;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (c == '\\' && _position < _text.Length)
            {
                _position++;
            }
        }

        throw new WitSyntaxException(WitDiagnostics.UnterminatedString, new TextSpan(start, 1));
    }

    private bool EatChar(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private bool SkipWhitespace()
    {
        var start = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == ' ' || c == '\t' || c == '\n')
            {
                _position++;
            }
            else if (c == '\r' && _position + 1 < _text.Length && _text[_position + 1] == '\n')
            {
                _position += 2;
            }
            else
            {
                break;
            }
        }

        return _position != start;
    }

    private bool SkipComment()
    {
        var start = _position;
        if (start + 1 >= _text.Length || _text[start] != '/')
        {
            return false;
        }

        var second = _text[start + 1];
        if (second == '/')
        {
            var newline = _text.IndexOf('\n', start + 2);
            _position = newline < 0 ? _text.Length : newline + 1;
            return true;
        }

        if (second != '*')
        {
            return false;
        }

        _position = start + 2;
        var depth = 1;
        while (depth > 0)
        {
            if (_position >= _text.Length)
            {
                throw new WitSyntaxException(WitDiagnostics.UnterminatedComment, new TextSpan(start, 2));
            }

            var c = _text[_position++];
            if (c == '/' && EatChar('*'))
            {
                depth++;
            }
            else if (c == '*' && EatChar('/'))
            {
                depth--;
            }
        }

        return true;
    }

    // wit-parser refuses, before reading any token, text that could display differently from what it
    // means: bidirectional overrides, deprecated code points and control codes other than \t \n \r.
    private static void RejectForbiddenCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && c < 0x7F)
            {
                continue;
            }

            switch (c)
            {
                case '\n' or '\r' or '\t':
                    continue;
                case '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069':
                    throw new WitSyntaxException(WitDiagnostics.ForbiddenCodepoint, new TextSpan(i, 1), "\"" + CharClass.EscapeUnicode(c) + "\"");
                case '\u0149' or '\u0673' or '\u0F77' or '\u0F79' or '\u17A3' or '\u17A4' or '\u17B4' or '\u17B5':
                    throw new WitSyntaxException(WitDiagnostics.DeprecatedCodepoint, new TextSpan(i, 1), "\"" + CharClass.EscapeUnicode(c) + "\"");
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    throw new WitSyntaxException(WitDiagnostics.ControlCodepoint, new TextSpan(i, 1), CharClass.EscapeUnicode(c));
            }
        }
    }
}
