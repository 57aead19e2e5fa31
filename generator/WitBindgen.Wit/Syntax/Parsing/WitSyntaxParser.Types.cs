using System.Globalization;
using System.Runtime.CompilerServices;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Syntax.Lexing;

namespace WitBindgen.Wit.Syntax.Parsing;

// Type definitions (alias, record, variant, enum, flags, resource) and type expressions.
internal sealed partial class WitSyntaxParser
{
    /// <summary>How deeply type expressions may nest (as in wit-parser: the 101st level is refused).</summary>
    public const int MaxTypeNesting = 100;

    private TypeDefSyntax ParseTypeDef(Docs docs, EquatableArray<GateSyntax> gates, int start)
    {
        var keyword = _lexer.Next();
        var name = ParseId();
        switch (keyword.Kind)
        {
            case TokenKind.Type:
                Expect(TokenKind.Equals);
                var type = ParseType(0);
                Expect(TokenKind.Semicolon);
                return new TypeAliasSyntax(docs, gates, name, type, SpanFrom(start));
            case TokenKind.Record:
                Expect(TokenKind.LeftBrace);
                var fields = ParseDocumentedListTrailer(TokenKind.RightBrace, static (p, d) => p.ParseField(d));
                return new RecordSyntax(docs, gates, name, fields.ToEquatableArray(), SpanFrom(start));
            case TokenKind.Variant:
                Expect(TokenKind.LeftBrace);
                var cases = ParseDocumentedListTrailer(TokenKind.RightBrace, static (p, d) => p.ParseCase(d));
                return new VariantSyntax(docs, gates, name, cases.ToEquatableArray(), SpanFrom(start));
            case TokenKind.Enum:
                Expect(TokenKind.LeftBrace);
                var enumCases = ParseDocumentedListTrailer(TokenKind.RightBrace, static (p, d) => new NamedCaseSyntax(d, p.ParseId()));
                return new EnumSyntax(docs, gates, name, enumCases.ToEquatableArray(), SpanFrom(start));
            case TokenKind.Flags:
                Expect(TokenKind.LeftBrace);
                var flags = ParseDocumentedListTrailer(TokenKind.RightBrace, static (p, d) => new NamedCaseSyntax(d, p.ParseId()));
                return new FlagsSyntax(docs, gates, name, flags.ToEquatableArray(), SpanFrom(start));
            case TokenKind.Resource:
                var funcs = ParseResourceBody();
                return new ResourceSyntax(docs, gates, name, funcs, SpanFrom(start));
            default:
                throw Expected("`type`, `record`, `variant`, `enum`, `flags` or `resource`", keyword);
        }
    }

    private FieldSyntax ParseField(Docs docs)
    {
        var name = ParseId();
        Expect(TokenKind.Colon);
        return new FieldSyntax(docs, name, ParseType(0));
    }

    private CaseSyntax ParseCase(Docs docs)
    {
        var name = ParseId();
        TypeSyntax? payload = null;
        if (Eat(TokenKind.LeftParen))
        {
            payload = ParseType(0);
            Expect(TokenKind.RightParen);
        }

        return new CaseSyntax(docs, name, payload);
    }

    // `;` or `{ func* }` after `resource name`.
    private EquatableArray<ResourceFuncSyntax> ParseResourceBody()
    {
        if (!Eat(TokenKind.LeftBrace))
        {
            Expect(TokenKind.Semicolon);
            return EquatableArray<ResourceFuncSyntax>.Empty;
        }

        var funcs = new List<ResourceFuncSyntax>();
        while (!Eat(TokenKind.RightBrace))
        {
            var docs = ParseDocs();
            var start = Peek().Start;
            var gates = ParseGates();
            funcs.Add(ParseResourceFunc(docs, gates, start));
        }

        return funcs.ToEquatableArray();
    }

    private ResourceFuncSyntax ParseResourceFunc(Docs docs, EquatableArray<GateSyntax> gates, int start)
    {
        var token = Peek();
        if (token.Kind == TokenKind.Constructor)
        {
            _lexer.Next();
            Expect(TokenKind.LeftParen);
            var parameters = ParseListTrailer(TokenKind.RightParen, static p => p.ParseParam());
            var result = Eat(TokenKind.RArrow) ? ParseType(0) : null;
            var func = new FuncSyntax(false, parameters.ToEquatableArray(), result, SpanFrom(token.Start));
            Expect(TokenKind.Semicolon);
            var name = new Identifier("constructor", token.Span);
            return new ResourceFuncSyntax(docs, gates, ResourceFuncKind.Constructor, name, func, SpanFrom(start));
        }

        if (!token.IsIdentifier)
        {
            throw Expected("`constructor` or identifier", token);
        }

        var funcName = ParseId();
        Expect(TokenKind.Colon);
        var kind = Eat(TokenKind.Static) ? ResourceFuncKind.Static : ResourceFuncKind.Method;
        var signature = ParseFunc();
        Expect(TokenKind.Semicolon);
        return new ResourceFuncSyntax(docs, gates, kind, funcName, signature, SpanFrom(start));
    }

    /// <summary>Parses a type expression nested inside <paramref name="depth"/> others.</summary>
    private TypeSyntax ParseType(int depth)
    {
        var token = _lexer.Next();
        if (Primitive(token.Kind) is { } primitive)
        {
            return new PrimitiveTypeSyntax(primitive, token.Span);
        }

        switch (token.Kind)
        {
            case TokenKind.Id or TokenKind.ExplicitId:
                return new NamedTypeSyntax(MakeIdentifier(token));
            case TokenKind.List or TokenKind.Map or TokenKind.Option or TokenKind.Result or TokenKind.Tuple
                or TokenKind.Future or TokenKind.Stream or TokenKind.Own or TokenKind.Borrow:
                EnterNestedType(token, depth);
                return ParseCompoundType(token, depth + 1);
            default:
                throw Expected("a type", token);
        }
    }

    private TypeSyntax ParseCompoundType(Token keyword, int depth)
    {
        var start = keyword.Start;
        switch (keyword.Kind)
        {
            case TokenKind.List:
                Expect(TokenKind.LessThan);
                var element = ParseType(depth);
                uint? length = Eat(TokenKind.Comma) ? ParseListLength() : null;
                Expect(TokenKind.GreaterThan);
                return new ListTypeSyntax(element, length, SpanFrom(start));
            case TokenKind.Map:
                Expect(TokenKind.LessThan);
                var key = ParseType(depth);
                Expect(TokenKind.Comma);
                var value = ParseType(depth);
                Expect(TokenKind.GreaterThan);
                return new MapTypeSyntax(key, value, SpanFrom(start));
            case TokenKind.Option:
                Expect(TokenKind.LessThan);
                var inner = ParseType(depth);
                Expect(TokenKind.GreaterThan);
                return new OptionTypeSyntax(inner, SpanFrom(start));
            case TokenKind.Result:
                return ParseResultType(start, depth);
            case TokenKind.Tuple:
                Expect(TokenKind.LessThan);
                var elements = ParseListTrailer(TokenKind.GreaterThan, p => p.ParseType(depth));
                return new TupleTypeSyntax(elements.ToEquatableArray(), SpanFrom(start));
            case TokenKind.Future:
                return new FutureTypeSyntax(ParseOptionalTypeArgument(depth), SpanFrom(start));
            case TokenKind.Stream:
                return new StreamTypeSyntax(ParseOptionalTypeArgument(depth), SpanFrom(start));
            case TokenKind.Own:
                return new OwnTypeSyntax(ParseHandleTarget(), SpanFrom(start));
            default:
                return new BorrowTypeSyntax(ParseHandleTarget(), SpanFrom(start));
        }
    }

    // result | result<T> | result<_, E> | result<T, E>
    private ResultTypeSyntax ParseResultType(int start, int depth)
    {
        TypeSyntax? ok = null;
        TypeSyntax? err = null;
        if (Eat(TokenKind.LessThan))
        {
            if (Eat(TokenKind.Underscore))
            {
                Expect(TokenKind.Comma);
                err = ParseType(depth);
            }
            else
            {
                ok = ParseType(depth);
                if (Eat(TokenKind.Comma))
                {
                    err = ParseType(depth);
                }
            }

            Expect(TokenKind.GreaterThan);
        }

        return new ResultTypeSyntax(ok, err, SpanFrom(start));
    }

    private TypeSyntax? ParseOptionalTypeArgument(int depth)
    {
        if (!Eat(TokenKind.LessThan))
        {
            return null;
        }

        var type = ParseType(depth);
        Expect(TokenKind.GreaterThan);
        return type;
    }

    private Identifier ParseHandleTarget()
    {
        Expect(TokenKind.LessThan);
        var resource = ParseId();
        Expect(TokenKind.GreaterThan);
        return resource;
    }

    private uint ParseListLength()
    {
        var token = _lexer.Next();
        if (token.Kind != TokenKind.Integer)
        {
            throw Expected("fixed-length", token);
        }

        var text = _text.Substring(token.Start, token.End - token.Start);
        if (!uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length == 0)
        {
            throw new WitSyntaxException(WitDiagnostics.InvalidListLength, token.Span, text);
        }

        return length;
    }

    private void EnterNestedType(Token keyword, int depth)
    {
        if (depth >= MaxTypeNesting)
        {
            throw new WitSyntaxException(WitDiagnostics.TypeNestingTooDeep, keyword.Span, MaxTypeNesting);
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private static PrimitiveKind? Primitive(TokenKind kind) => kind switch
    {
        TokenKind.Bool => PrimitiveKind.Bool,
        TokenKind.U8 => PrimitiveKind.U8,
        TokenKind.U16 => PrimitiveKind.U16,
        TokenKind.U32 => PrimitiveKind.U32,
        TokenKind.U64 => PrimitiveKind.U64,
        TokenKind.S8 => PrimitiveKind.S8,
        TokenKind.S16 => PrimitiveKind.S16,
        TokenKind.S32 => PrimitiveKind.S32,
        TokenKind.S64 => PrimitiveKind.S64,
        TokenKind.F32 => PrimitiveKind.F32,
        TokenKind.F64 => PrimitiveKind.F64,
        TokenKind.Char => PrimitiveKind.Char,
        TokenKind.String => PrimitiveKind.String,
        TokenKind.ErrorContext => PrimitiveKind.ErrorContext,
        _ => null,
    };
}
