using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Syntax.Lexing;

namespace WitBindgen.Wit.Syntax.Parsing;

/// <summary>
/// A recursive-descent parser for one .wit file, following the grammar wit-parser accepts.
/// It stops at the first error (thrown as <see cref="WitSyntaxException"/>), reporting it where and
/// as wit-parser does. This part holds the shared pieces: tokens, names, docs, versions, paths and gates.
/// </summary>
internal sealed partial class WitSyntaxParser
{
    private readonly SourceFile _file;
    private readonly string _text;
    private readonly Lexer _lexer;
    private readonly NameTable _names = new();
    private readonly List<TextSpan> _comments = new();

    public WitSyntaxParser(SourceFile file)
    {
        _file = file;
        _text = file.Text;
        _lexer = new Lexer(_text);
    }

    private Token Peek() => _lexer.Peek();

    private bool Eat(TokenKind kind) => _lexer.Eat(kind);

    private Token Expect(TokenKind kind)
    {
        var token = _lexer.Next();
        if (token.Kind != kind)
        {
            throw Expected(Keywords.Describe(kind), token);
        }

        return token;
    }

    private static WitSyntaxException Expected(string expected, Token found)
    {
        var span = found.Kind == TokenKind.EndOfFile ? new TextSpan(found.Start, 0) : found.Span;
        return new WitSyntaxException(WitDiagnostics.UnexpectedToken, span, expected, Keywords.Describe(found.Kind));
    }

    /// <summary>A span from <paramref name="start"/> to the end of the last token consumed.</summary>
    private TextSpan SpanFrom(int start) => TextSpan.FromBounds(start, _lexer.PreviousEnd);

    /// <summary>Parses a plain or <c>%</c>-escaped identifier and checks that it is kebab-case.</summary>
    private Identifier ParseId()
    {
        var token = _lexer.Next();
        if (!token.IsIdentifier)
        {
            throw Expected("an identifier or string", token);
        }

        return MakeIdentifier(token);
    }

    private Identifier MakeIdentifier(Token token)
    {
        var nameStart = token.Kind == TokenKind.ExplicitId ? token.Start + 1 : token.Start;
        IdentifierRules.Validate(_text, nameStart, token.End, token.Start);
        return new Identifier(_names.Get(_text, nameStart, token.End - nameStart), token.Span);
    }

    /// <summary>Collects the comments before the next token as docs.</summary>
    private Docs ParseDocs()
    {
        _comments.Clear();
        _lexer.CollectComments(_comments);
        return DocComments.Build(_text, _comments);
    }

    /// <summary>Parses <c>ns:name[@version]</c>.</summary>
    private PackageNameSyntax ParsePackageName()
    {
        var ns = ParseId();
        Expect(TokenKind.Colon);
        var name = ParseId();
        var version = Eat(TokenKind.At) ? ParseVersion() : null;
        return new PackageNameSyntax(ns.Name, name.Name, version, SpanFrom(ns.Span.Start));
    }

    /// <summary>Parses <c>name</c> or <c>ns:pkg/name[@version]</c>.</summary>
    private UsePath ParseUsePath()
    {
        var first = ParseId();
        if (!Eat(TokenKind.Colon))
        {
            return new LocalUsePath(first);
        }

        var package = ParseId();
        Expect(TokenKind.Slash);
        var name = ParseId();
        var version = Eat(TokenKind.At) ? ParseVersion() : null;
        var packageName = new PackageNameSyntax(first.Name, package.Name, version, TextSpan.FromBounds(first.Span.Start, package.Span.End));
        return new PackageUsePath(packageName, name, SpanFrom(first.Span.Start));
    }

    /// <summary>
    /// Parses a semantic version as wit-parser does: three integers separated by periods, then
    /// optional <c>-pre.release</c> and <c>+build</c> parts made of identifiers, integers and dashes.
    /// A period not followed by one of those ends the version (as in <c>use a:b/c@1.0.0.{x}</c>).
    /// </summary>
    private SemVer ParseVersion()
    {
        var start = Expect(TokenKind.Integer).Start;
        Expect(TokenKind.Period);
        Expect(TokenKind.Integer);
        Expect(TokenKind.Period);
        var end = Expect(TokenKind.Integer).End;
        end = EatVersionIdentifiers(TokenKind.Minus, end);
        end = EatVersionIdentifiers(TokenKind.Plus, end);

        var text = _text.Substring(start, end - start);
        return SemVer.TryParse(text)
            ?? throw new WitSyntaxException(WitDiagnostics.InvalidVersion, TextSpan.FromBounds(start, end), text);
    }

    private int EatVersionIdentifiers(TokenKind prefix, int end)
    {
        if (!Eat(prefix))
        {
            return end;
        }

        while (true)
        {
            var token = Peek();
            if (IsVersionPart(token.Kind))
            {
                end = _lexer.Next().End;
                continue;
            }

            if (token.Kind != TokenKind.Period)
            {
                return end;
            }

            var beforePeriod = _lexer.Position;
            _lexer.Next();
            if (!IsVersionPart(Peek().Kind))
            {
                _lexer.Position = beforePeriod;
                return end;
            }

            end = _lexer.Next().End;
        }
    }

    private static bool IsVersionPart(TokenKind kind) => kind is TokenKind.Id or TokenKind.Integer or TokenKind.Minus;

    /// <summary>Parses the <c>@since</c>, <c>@unstable</c> and <c>@deprecated</c> gates before an item.</summary>
    private EquatableArray<GateSyntax> ParseGates()
    {
        if (Peek().Kind != TokenKind.At)
        {
            return EquatableArray<GateSyntax>.Empty;
        }

        var gates = new List<GateSyntax>(1);
        while (Peek().Kind == TokenKind.At)
        {
            var at = _lexer.Next();
            var name = ParseId();
            switch (name.Name)
            {
                case "since":
                    gates.Add(new SinceGate(ParseVersionArgument(), SpanFrom(at.Start)));
                    break;
                case "deprecated":
                    gates.Add(new DeprecatedGate(ParseVersionArgument(), SpanFrom(at.Start)));
                    break;
                case "unstable":
                    Expect(TokenKind.LeftParen);
                    ExpectArgumentName("feature");
                    Expect(TokenKind.Equals);
                    var feature = ParseId();
                    Expect(TokenKind.RightParen);
                    gates.Add(new UnstableGate(feature, SpanFrom(at.Start)));
                    break;
                default:
                    throw new WitSyntaxException(WitDiagnostics.UnknownAttribute, name.Span, name.Name);
            }
        }

        return gates.ToEquatableArray();
    }

    private SemVer ParseVersionArgument()
    {
        Expect(TokenKind.LeftParen);
        ExpectArgumentName("version");
        Expect(TokenKind.Equals);
        var version = ParseVersion();
        Expect(TokenKind.RightParen);
        return version;
    }

    private void ExpectArgumentName(string expected)
    {
        var name = ParseId();
        if (name.Name != expected)
        {
            throw new WitSyntaxException(WitDiagnostics.UnexpectedAttributeArgument, name.Span, expected, name.Name);
        }
    }

    /// <summary>
    /// Parses the rest of a comma-separated list whose opening token was consumed, up to and including
    /// <paramref name="end"/>; a trailing comma is allowed. Comments before an element are skipped.
    /// </summary>
    private List<T> ParseListTrailer<T>(TokenKind end, Func<WitSyntaxParser, T> parseElement)
    {
        var items = new List<T>();
        while (!Eat(end))
        {
            items.Add(parseElement(this));
            if (!Eat(TokenKind.Comma))
            {
                Expect(end);
                break;
            }
        }

        return items;
    }

    /// <summary>As <see cref="ParseListTrailer{T}"/>, giving each element the comments before it as docs.</summary>
    private List<T> ParseDocumentedListTrailer<T>(TokenKind end, Func<WitSyntaxParser, Docs, T> parseElement)
    {
        var items = new List<T>();
        while (true)
        {
            var docs = ParseDocs();
            if (Eat(end))
            {
                break;
            }

            items.Add(parseElement(this, docs));
            if (!Eat(TokenKind.Comma))
            {
                Expect(end);
                break;
            }
        }

        return items;
    }
}
