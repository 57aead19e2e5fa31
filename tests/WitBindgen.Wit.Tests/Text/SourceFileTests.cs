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
}
