using WitBindgen.Wit.Syntax.Lexing;

namespace WitBindgen.Wit.Syntax.Parsing;

// Interfaces, worlds and what they contain: functions, `use`, `include`, imports and exports.
internal sealed partial class WitSyntaxParser
{
    private InterfaceSyntax ParseInterface(Docs docs, EquatableArray<GateSyntax> gates, int start)
    {
        Expect(TokenKind.Interface);
        var name = ParseId();
        var items = ParseInterfaceBody();
        return new InterfaceSyntax(docs, gates, name, items, SpanFrom(start));
    }

    // `{ item* }` of an interface, or of an interface defined inline in a world.
    private EquatableArray<InterfaceItem> ParseInterfaceBody()
    {
        Expect(TokenKind.LeftBrace);
        var items = new List<InterfaceItem>();
        while (true)
        {
            var docs = ParseDocs();
            if (Eat(TokenKind.RightBrace))
            {
                return items.ToEquatableArray();
            }

            var start = Peek().Start;
            var gates = ParseGates();
            items.Add(ParseInterfaceItem(docs, gates, start));
        }
    }

    private InterfaceItem ParseInterfaceItem(Docs docs, EquatableArray<GateSyntax> gates, int start)
    {
        var token = Peek();
        switch (token.Kind)
        {
            case TokenKind.Type or TokenKind.Flags or TokenKind.Enum or TokenKind.Variant or TokenKind.Resource or TokenKind.Record:
                return new InterfaceTypeDef(ParseTypeDef(docs, gates, start));
            case TokenKind.Use:
                return new InterfaceUse(ParseUse(gates, start));
            case TokenKind.Id or TokenKind.ExplicitId:
                var name = ParseId();
                Expect(TokenKind.Colon);
                var func = ParseFunc();
                Expect(TokenKind.Semicolon);
                return new InterfaceFunc(docs, gates, name, func, SpanFrom(start));
            default:
                throw Expected("`type`, `resource` or `func`", token);
        }
    }

    /// <summary>Parses <c>[async] func(params) [-> type]</c>.</summary>
    private FuncSyntax ParseFunc()
    {
        var start = Peek().Start;
        var isAsync = Eat(TokenKind.Async);
        Expect(TokenKind.Func);
        Expect(TokenKind.LeftParen);
        var parameters = ParseListTrailer(TokenKind.RightParen, static p => p.ParseParam());
        var result = Eat(TokenKind.RArrow) ? ParseType(0) : null;
        return new FuncSyntax(isAsync, parameters.ToEquatableArray(), result, SpanFrom(start));
    }

    private ParamSyntax ParseParam()
    {
        var name = ParseId();
        Expect(TokenKind.Colon);
        return new ParamSyntax(name, ParseType(0));
    }

    /// <summary>Parses <c>use path.{a, b as c};</c>.</summary>
    private UseSyntax ParseUse(EquatableArray<GateSyntax> gates, int start)
    {
        Expect(TokenKind.Use);
        var path = ParseUsePath();
        Expect(TokenKind.Period);
        Expect(TokenKind.LeftBrace);
        var names = new List<UseName>();
        while (!Eat(TokenKind.RightBrace))
        {
            var name = ParseId();
            Identifier? alias = Eat(TokenKind.As) ? ParseId() : null;
            names.Add(new UseName(name, alias));
            if (!Eat(TokenKind.Comma))
            {
                Expect(TokenKind.RightBrace);
                break;
            }
        }

        Expect(TokenKind.Semicolon);
        return new UseSyntax(gates, path, names.ToEquatableArray(), SpanFrom(start));
    }

    private WorldSyntax ParseWorld(Docs docs, EquatableArray<GateSyntax> gates, int start)
    {
        Expect(TokenKind.World);
        var name = ParseId();
        Expect(TokenKind.LeftBrace);
        var items = new List<WorldItemSyntax>();
        while (true)
        {
            var itemDocs = ParseDocs();
            if (Eat(TokenKind.RightBrace))
            {
                break;
            }

            var itemStart = Peek().Start;
            var itemGates = ParseGates();
            items.Add(ParseWorldItem(itemDocs, itemGates, itemStart));
        }

        return new WorldSyntax(docs, gates, name, items.ToEquatableArray(), SpanFrom(start));
    }

    private WorldItemSyntax ParseWorldItem(Docs docs, EquatableArray<GateSyntax> gates, int start)
    {
        var token = Peek();
        switch (token.Kind)
        {
            case TokenKind.Import or TokenKind.Export:
                _lexer.Next();
                var direction = token.Kind == TokenKind.Import ? ExternDirection.Import : ExternDirection.Export;
                var kind = ParseExternKind();
                return new WorldExternSyntax(docs, gates, direction, kind, SpanFrom(start));
            case TokenKind.Use:
                return new WorldUse(ParseUse(gates, start));
            case TokenKind.Type or TokenKind.Flags or TokenKind.Enum or TokenKind.Variant or TokenKind.Resource or TokenKind.Record:
                return new WorldTypeDef(ParseTypeDef(docs, gates, start));
            case TokenKind.Include:
                return ParseInclude(gates, start);
            default:
                throw Expected("`import`, `export`, `include`, `use`, or type definition", token);
        }
    }

    // What follows `import`/`export`:
    //   name: [async] func(...);      name: interface { ... }
    //   label: path;                  path;   (path = name | ns:pkg/name[@version])
    private ExternKindSyntax ParseExternKind()
    {
        var start = _lexer.Position;
        var name = ParseId();
        if (Eat(TokenKind.Colon))
        {
            switch (Peek().Kind)
            {
                case TokenKind.Func or TokenKind.Async:
                    var func = ParseFunc();
                    Expect(TokenKind.Semicolon);
                    return new ExternFunc(name, func, SpanFrom(name.Span.Start));
                case TokenKind.Interface:
                    _lexer.Next();
                    var items = ParseInterfaceBody();
                    return new ExternInterface(name, items, SpanFrom(name.Span.Start));
            }

            // `ns:pkg/name` reads like `label: path` up to the slash.
            var afterColon = _lexer.Position;
            if (!(Peek().IsIdentifier && IsFollowedBySlash()))
            {
                _lexer.Position = afterColon;
                var target = ParseUsePath();
                Expect(TokenKind.Semicolon);
                return new ExternNamedPath(name, target, SpanFrom(name.Span.Start));
            }
        }

        _lexer.Position = start;
        var path = ParseUsePath();
        Expect(TokenKind.Semicolon);
        return new ExternPath(path);
    }

    // With an identifier next: whether a `/` follows it. Leaves the position after the identifier.
    private bool IsFollowedBySlash()
    {
        _lexer.Next();
        return Peek().Kind == TokenKind.Slash;
    }

    private IncludeSyntax ParseInclude(EquatableArray<GateSyntax> gates, int start)
    {
        Expect(TokenKind.Include);
        var path = ParseUsePath();
        var renames = EquatableArray<IncludeName>.Empty;
        if (Eat(TokenKind.With))
        {
            // `include x with { a as b }` ends at the brace, without a semicolon.
            Expect(TokenKind.LeftBrace);
            renames = ParseListTrailer(TokenKind.RightBrace, static p => p.ParseIncludeName()).ToEquatableArray();
        }
        else
        {
            Expect(TokenKind.Semicolon);
        }

        return new IncludeSyntax(gates, path, renames, SpanFrom(start));
    }

    private IncludeName ParseIncludeName()
    {
        var name = ParseId();
        Expect(TokenKind.As);
        return new IncludeName(name, ParseId());
    }
}
