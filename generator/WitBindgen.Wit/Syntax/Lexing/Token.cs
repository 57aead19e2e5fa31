namespace WitBindgen.Wit.Syntax.Lexing;

/// <summary>A token: its kind and where it is in the text.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int End)
{
    /// <summary>The token's span.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>Whether the token names something: a plain or <c>%</c>-escaped identifier.</summary>
    public bool IsIdentifier => Kind is TokenKind.Id or TokenKind.ExplicitId;
}
