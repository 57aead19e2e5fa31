namespace WitBindgen.Wit;

/// <summary>A WIT source file: its path (as the user should see it) and its text.</summary>
/// <param name="Path">The path used in diagnostics.</param>
/// <param name="Text">The full text of the file.</param>
public sealed record SourceFile(string Path, string Text)
{
    private int[]? _lineStarts;
    private int _surrogates; // 0: not yet known, 1: none in the text, 2: some (an int, so concurrent readers never see a torn value)

    /// <summary>Maps a UTF-16 offset to a 1-based line and column (columns count Unicode scalar values).</summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Text);
        if (offset < 0)
        {
            offset = 0;
        }
        else if (offset > Text.Length)
        {
            offset = Text.Length;
        }

        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        // Columns count characters (Unicode scalar values), as wit-parser does: a surrogate pair is one column.
        // Without surrogates in the file (the usual case) that is the UTF-16 distance.
        if (_surrogates == 0)
        {
            _surrogates = Text.Any(char.IsSurrogate) ? 2 : 1;
        }

        if (_surrogates == 1)
        {
            return (index + 1, offset - starts[index] + 1);
        }

        var column = 1;
        for (var i = starts[index]; i < offset; i++)
        {
            if (!(char.IsLowSurrogate(Text[i]) && i > starts[index] && char.IsHighSurrogate(Text[i - 1])))
            {
                column++;
            }
        }

        return (index + 1, column);
    }

    /// <summary>The location of a span of this file.</summary>
    public SourceLocation GetLocation(TextSpan span)
    {
        var (line, column) = GetLineColumn(span.Start);
        var (endLine, endColumn) = GetLineColumn(span.End);
        return new SourceLocation(Path, span, line, column, endLine, endColumn);
    }

    /// <summary>Record equality compares path and text only.</summary>
    public bool Equals(SourceFile? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Path) * 397) ^ StringComparer.Ordinal.GetHashCode(Text));

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}

/// <summary>A range of characters in a source file.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>A span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));
}

/// <summary>Where a diagnostic points: a file, its span and the 1-based line and column of both ends.</summary>
public readonly record struct SourceLocation(string Path, TextSpan Span, int Line, int Column, int EndLine, int EndColumn)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}({Line},{Column})";
}
