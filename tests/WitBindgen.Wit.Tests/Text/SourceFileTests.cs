namespace WitBindgen.Wit.Tests.Text;

public sealed class SourceFileTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nbc", 3, 2, 2)]
    [InlineData("a\r\nbc", 4, 2, 2)]
    [InlineData("a\rbc", 2, 2, 1)]
    public void Maps_offsets_to_lines_and_columns(string text, int offset, int line, int column)
    {
        new SourceFile("x.wit", text).GetLineColumn(offset).ShouldBe((line, column));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_one_column()
    {
        // "// 😀 x": the emoji is two UTF-16 code units but one character.
        var text = "// \U0001F600 x";
        var offset = text.IndexOf('x');
        new SourceFile("x.wit", text).GetLineColumn(offset).ShouldBe((1, 6));
    }

    [Fact]
    public void Offsets_past_the_end_clamp_to_the_end()
    {
        new SourceFile("x.wit", "ab\n").GetLineColumn(99).ShouldBe((2, 1));
    }

    [Fact]
    public void Columns_count_surrogate_pairs_once_on_every_line_and_at_every_offset()
    {
        // Pairs on the line before and on the offset's own line, a pair split by the offset, lone halves (one
        // column each) and a pair across a line start, compared at every offset with counting character by character.
        var text = "a\U0001F600b\n\U0001F600\U0001F600c\ud83d\nd\ude00e\U0001F600\r\n\ude00f\U0001F600";
        var file = new SourceFile("x.wit", text);

        for (var offset = 0; offset <= text.Length; offset++)
        {
            file.GetLineColumn(offset).ShouldBe(CountedLineColumn(text, offset), $"offset {offset}");
        }
    }

    private static (int Line, int Column) CountedLineColumn(string text, int offset)
    {
        var (line, column) = (1, 1);
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                (line, column) = (line + 1, 1);
            }
            else if (!(char.IsLowSurrogate(text[i]) && column > 1 && char.IsHighSurrogate(text[i - 1])))
            {
                column++;
            }
        }

        return (line, column);
    }
}
