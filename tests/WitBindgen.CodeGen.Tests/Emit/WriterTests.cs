using WitBindgen.CodeGen.Emit;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Tests.Emit;

public sealed class WriterTests
{
    [Fact]
    public void Blocks_indent_with_four_spaces_and_newlines_are_LF()
    {
        var writer = new IndentedWriter();
        writer.OpenBlock("class C");
        writer.Line("int x;");
        writer.Line();
        writer.CloseBlock("};");

        writer.ToString().ShouldBe("class C\n{\n    int x;\n\n};\n");
    }

    [Fact]
    public void Closing_more_blocks_than_opened_is_a_programming_error()
    {
        Should.Throw<InvalidOperationException>(() => new IndentedWriter().CloseBlock());
    }

    [Fact]
    public void Docs_are_xml_escaped_and_split_into_lines()
    {
        var writer = new IndentedWriter();

        DocComments.Summary(writer, "Compares a < b & \"c\" > d.\r\n\r\nSecond line.  ", "unused");

        writer.ToString().ShouldBe("/// <summary>\n/// Compares a &lt; b &amp; &quot;c&quot; &gt; d.\n///\n/// Second line.\n/// </summary>\n");
    }

    [Fact]
    public void Missing_docs_use_the_fallback_on_one_line()
    {
        var writer = new IndentedWriter();

        DocComments.Param(writer, "@in", null, "The <c>in</c> parameter.");

        writer.ToString().ShouldBe("/// <param name=\"in\">The <c>in</c> parameter.</param>\n");
    }

    [Fact]
    public void Gates_become_obsolete_and_experimental_attributes()
    {
        var writer = new IndentedWriter();

        DocComments.StabilityAttributes(writer, new Stability(StabilityKind.Unstable, null, "my-feature", SemVer.TryParse("0.2.1")));

        writer.ToString().ShouldBe(
            "[global::System.Obsolete(\"Deprecated in WIT version 0.2.1.\")]\n" +
            "[global::System.Diagnostics.CodeAnalysis.Experimental(\"WIT_my_feature\")]\n");
    }
}
