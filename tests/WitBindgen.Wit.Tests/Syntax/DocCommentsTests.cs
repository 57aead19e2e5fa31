using WitBindgen.Wit.Syntax;
using static WitBindgen.Wit.Tests.Syntax.ParserTestHelpers;

namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>wit-parser's rule for turning the comments before an item into its docs.</summary>
public sealed class DocCommentsTests
{
    private static string? DocsOfInterface(string comments) => Interface(ParseValid(comments + "interface i {}")).Docs.Contents;

    [Fact]
    public void No_comment_means_no_docs() => DocsOfInterface("").ShouldBeNull();

    [Fact]
    public void Every_line_comment_counts_and_loses_its_slashes() =>
        DocsOfInterface("// plain\n/// triple\n//// quad\n").ShouldBe("plain\ntriple\nquad");

    [Fact]
    public void Common_indentation_is_removed_but_relative_indentation_kept() =>
        DocsOfInterface("///   a\n///     b\n").ShouldBe("a\n  b");

    [Fact]
    public void Empty_lines_do_not_count_towards_the_common_indentation() =>
        DocsOfInterface("///  a\n///\n///  b\n").ShouldBe("a\n\nb");

    [Fact]
    public void Doc_block_comments_lose_both_delimiters() =>
        DocsOfInterface("/** block */\n").ShouldBe("block");

    [Fact]
    public void Plain_block_comments_only_lose_their_leading_slash() =>
        DocsOfInterface("/* this too */ /* and /* nested */ */\n").ShouldBe("* this too */\n* and /* nested */ */");

    [Fact]
    public void Trailing_whitespace_is_trimmed_from_each_piece() =>
        DocsOfInterface("/// a   \r\n/// b\t\n").ShouldBe("a\nb");

    [Fact]
    public void Comments_before_a_gate_belong_to_the_gated_item()
    {
        var iface = Interface(ParseValid("interface i {\n  /// doc\n  @since(version = 1.0.0)\n  f: func();\n}"));

        iface.Items.Single().ShouldBeOfType<InterfaceFunc>().Docs.Contents.ShouldBe("doc");
    }

    [Fact]
    public void Comments_at_the_end_of_a_block_are_dropped()
    {
        var iface = Interface(ParseValid("interface i {\n  f: func();\n  // trailing\n}"));

        iface.Items.Single().ShouldBeOfType<InterfaceFunc>().Docs.Contents.ShouldBeNull();
    }

    [Fact]
    public void Import_and_export_docs_are_kept()
    {
        var world = World(ParseValid("world w {\n  /// imported\n  import a;\n  /// exported\n  export b: func();\n}"));

        world.Items.Cast<WorldExternSyntax>().Select(e => e.Docs.Contents).ShouldBe(new[] { "imported", "exported" });
    }
}
