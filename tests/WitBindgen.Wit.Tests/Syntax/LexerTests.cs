using WitBindgen.Wit.Syntax.Lexing;

namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>The lexer on small inputs: token kinds, spans, trivia and lexical errors.</summary>
public sealed class LexerTests
{
    private static List<(TokenKind Kind, string Text)> Lex(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<(TokenKind, string)>();
        for (var token = lexer.Next(); token.Kind != TokenKind.EndOfFile; token = lexer.Next())
        {
            tokens.Add((token.Kind, lexer.TextOf(token)));
        }

        return tokens;
    }

    private static WitSyntaxException LexError(string text) =>
        Should.Throw<WitSyntaxException>(() => Lex(text));

    [Fact]
    public void Punctuation_and_arrows_are_single_tokens()
    {
        Lex("= , : . ; ( ) { } < > -> * @ / + -").Select(t => t.Kind).ShouldBe(new[]
        {
            TokenKind.Equals, TokenKind.Comma, TokenKind.Colon, TokenKind.Period, TokenKind.Semicolon,
            TokenKind.LeftParen, TokenKind.RightParen, TokenKind.LeftBrace, TokenKind.RightBrace,
            TokenKind.LessThan, TokenKind.GreaterThan, TokenKind.RArrow, TokenKind.Star, TokenKind.At,
            TokenKind.Slash, TokenKind.Plus, TokenKind.Minus,
        });
    }

    [Fact]
    public void Keywords_are_recognised_only_as_whole_words()
    {
        Lex("func funcs u32 u320 error-context error-contexts list-of %list _ async").ShouldBe(new[]
        {
            (TokenKind.Func, "func"), (TokenKind.Id, "funcs"), (TokenKind.U32, "u32"), (TokenKind.Id, "u320"),
            (TokenKind.ErrorContext, "error-context"), (TokenKind.Id, "error-contexts"), (TokenKind.Id, "list-of"),
            (TokenKind.ExplicitId, "%list"), (TokenKind.Underscore, "_"), (TokenKind.Async, "async"),
        });
    }

    [Fact]
    public void Old_float_names_are_plain_identifiers()
    {
        Lex("float32 float64 f32 f64").Select(t => t.Kind).ShouldBe(new[] { TokenKind.Id, TokenKind.Id, TokenKind.F32, TokenKind.F64 });
    }

    [Fact]
    public void Versions_lex_as_integers_periods_and_words()
    {
        Lex("1.20.3-rc.1+build-5").ShouldBe(new[]
        {
            (TokenKind.Integer, "1"), (TokenKind.Period, "."), (TokenKind.Integer, "20"), (TokenKind.Period, "."),
            (TokenKind.Integer, "3"), (TokenKind.Minus, "-"), (TokenKind.Id, "rc"), (TokenKind.Period, "."),
            (TokenKind.Integer, "1"), (TokenKind.Plus, "+"), (TokenKind.Id, "build-5"),
        });
    }

    [Fact]
    public void Comments_nest_and_are_skipped()
    {
        Lex("a /* one /* two */ still */ b // line\r\nc").Select(t => t.Text).ShouldBe(new[] { "a", "b", "c" });
    }

    [Fact]
    public void Collected_comments_include_line_ends()
    {
        var lexer = new Lexer("  // one\r\n\t/* two */ x");
        var comments = new List<TextSpan>();
        lexer.CollectComments(comments);

        comments.Select(c => "  // one\r\n\t/* two */ x".Substring(c.Start, c.Length)).ShouldBe(new[] { "// one\r\n", "/* two */" });
        lexer.Next().Kind.ShouldBe(TokenKind.Id);
    }

    [Fact]
    public void Byte_order_mark_is_skipped_and_spans_stay_in_file_offsets()
    {
        var lexer = new Lexer("\uFEFFpackage");
        var token = lexer.Next();

        token.Kind.ShouldBe(TokenKind.Package);
        token.Start.ShouldBe(1);
    }

    [Fact]
    public void Unterminated_block_comment_is_reported_at_its_start()
    {
        var error = LexError("a /* b /* c */");

        error.Descriptor.ShouldBe(WitBindgen.Wit.Diagnostics.WitDiagnostics.UnterminatedComment);
        error.Span.Start.ShouldBe(2);
    }

    [Fact]
    public void Unterminated_string_is_reported_at_its_quote()
    {
        LexError("x \"abc").Span.Start.ShouldBe(2);
    }

    [Fact]
    public void Unexpected_character_is_quoted_as_wit_parser_does()
    {
        var error = LexError("a $");

        error.Message.ShouldStartWith("unexpected character '$'");
        error.Span.Start.ShouldBe(2);
    }

    [Fact]
    public void Lone_carriage_return_is_unexpected()
    {
        LexError("a\rb").Message.ShouldStartWith("unexpected character '\\r'");
    }

    [Fact]
    public void Control_codes_are_refused_before_any_token()
    {
        var error = LexError("interface x { \u0001 }");

        error.Message.ShouldStartWith("Control code '\\u{1}'");
        error.Span.Start.ShouldBe(14);
    }

    [Fact]
    public void Bidirectional_overrides_are_refused_even_in_comments()
    {
        LexError("// \u202E hidden\nx").Message.ShouldStartWith("Input contains bidirectional override codepoint");
    }

    [Fact]
    public void Non_ascii_letters_lex_as_one_word()
    {
        Lex("garçon-東京 x").Select(t => t.Text).ShouldBe(new[] { "garçon-東京", "x" });
    }
}
