namespace WitBindgen.Wit;

/// <summary>A WIT source file: its path (as the user should see it) and its text.</summary>
/// <param name="Path">The path used in diagnostics.</param>
/// <param name="Text">The full text of the file.</param>
public sealed record SourceFile(string Path, string Text)
{
    private int[]? _lineStarts;
    private int[]? _pairEnds; // offsets of the low halves of surrogate pairs, ascending; set once (a reference, so never torn)

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
        // That is the UTF-16 distance less the pairs that end on the line before the offset, found by binary
        // search so that a long line costs no more per location than a short one.
        var pairEnds = _pairEnds ??= ComputePairEnds(Text);
        var pairs = pairEnds.Length == 0 ? 0 : LowerBound(pairEnds, offset) - LowerBound(pairEnds, starts[index] + 1);
        return (index + 1, offset - starts[index] + 1 - pairs);
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

    private static int[] ComputePairEnds(string text)
    {
        var ends = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                ends.Add(i);
            }
        }

        return ends.ToArray();
    }

    // The index of the first element not less than value.
    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        return index >= 0 ? index : ~index;
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
