using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Syntax.Lexing;

namespace WitBindgen.Wit.Syntax.Parsing;

// The file level: the optional `package ns:name;` header, top-level items and `package … { }` blocks.
internal sealed partial class WitSyntaxParser
{
    /// <summary>How many <c>package … { }</c> blocks may enclose one another before parsing gives up.</summary>
    public const int MaxPackageNesting = 100;

    private readonly List<TopLevelItem> _items = new();
    private readonly List<NestedPackage> _nestedPackages = new();
    private PackageDeclaration? _header;

    // The first package block found inside another one; reported once the file has parsed,
    // as wit-parser reports it after parsing.
    private PackageNameSyntax? _misplacedPackage;

    /// <summary>Parses the whole file.</summary>
    public WitDocument ParseDocument()
    {
        _header = TryParseHeader();
        ParseDeclarations(TokenKind.EndOfFile, _items, _nestedPackages, depth: 0);
        if (_misplacedPackage is { } misplaced)
        {
            throw new WitSyntaxException(WitDiagnostics.NestedPackageNotTopLevel, misplaced.Span, misplaced.ToString());
        }

        return PartialDocument();
    }

    /// <summary>What has been parsed so far; after an error, the items before it.</summary>
    public WitDocument PartialDocument() =>
        new(_file, _header, _items.ToEquatableArray(), _nestedPackages.ToEquatableArray());

    // `package ns:name;` is the header only when a semicolon follows; `package ns:name {` starts a
    // package block, which is parsed as an item (the comments before it are read again then).
    private PackageDeclaration? TryParseHeader()
    {
        var start = _lexer.Position;
        var docs = ParseDocs();
        if (Peek().Kind == TokenKind.Package)
        {
            var keyword = _lexer.Next();
            var name = ParsePackageName();
            if (Eat(TokenKind.Semicolon))
            {
                return new PackageDeclaration(docs, name, SpanFrom(keyword.Start));
            }
        }

        _lexer.Position = start;
        return null;
    }

    // Parses items up to `end` (a closing brace, or the end of the file) and consumes it.
    private void ParseDeclarations(TokenKind end, List<TopLevelItem> items, List<NestedPackage> packages, int depth)
    {
        var docs = ParseDocs();
        while (true)
        {
            if (end == TokenKind.EndOfFile ? Peek().Kind == TokenKind.EndOfFile : Eat(end))
            {
                return;
            }

            ParseTopLevelItem(docs, items, packages, depth);
            docs = ParseDocs();
        }
    }

    private void ParseTopLevelItem(Docs docs, List<TopLevelItem> items, List<NestedPackage> packages, int depth)
    {
        var start = Peek().Start;
        var gates = ParseGates();
        var token = Peek();
        switch (token.Kind)
        {
            case TokenKind.Interface:
                items.Add(ParseInterface(docs, gates, start));
                break;
            case TokenKind.World:
                items.Add(ParseWorld(docs, gates, start));
                break;
            case TokenKind.Use:
                items.Add(ParseTopLevelUse(gates, start));
                break;
            case TokenKind.Package:
                ParsePackageBlock(docs, gates, packages, depth);
                break;
            default:
                throw Expected("`world`, `interface` or `use`", token);
        }
    }

    private void ParsePackageBlock(Docs docs, EquatableArray<GateSyntax> gates, List<NestedPackage> packages, int depth)
    {
        var keyword = Expect(TokenKind.Package);
        if (!gates.IsEmpty)
        {
            throw new WitSyntaxException(WitDiagnostics.AttributesOnNestedPackage, keyword.Span);
        }

        if (depth >= MaxPackageNesting)
        {
            throw new WitSyntaxException(WitDiagnostics.PackageNestingTooDeep, keyword.Span);
        }

        var name = ParsePackageName();
        if (depth > 0)
        {
            _misplacedPackage ??= name;
        }

        Expect(TokenKind.LeftBrace);
        var items = new List<TopLevelItem>();
        var inner = new List<NestedPackage>();
        ParseDeclarations(TokenKind.RightBrace, items, inner, depth + 1);
        packages.Add(new NestedPackage(docs, name, items.ToEquatableArray(), SpanFrom(keyword.Start)));
    }

    private TopLevelUse ParseTopLevelUse(EquatableArray<GateSyntax> gates, int start)
    {
        Expect(TokenKind.Use);
        var path = ParseUsePath();
        Identifier? alias = Eat(TokenKind.As) ? ParseId() : null;
        Expect(TokenKind.Semicolon);
        return new TopLevelUse(gates, path, alias, SpanFrom(start));
    }
}
