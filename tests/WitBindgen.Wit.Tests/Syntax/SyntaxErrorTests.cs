using WitBindgen.Wit.Syntax;
using static WitBindgen.Wit.Tests.Syntax.ParserTestHelpers;

namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>Where and how syntax errors are reported (line:column, 1-based, as wit-parser reports them).</summary>
public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("package foo;", "1:12: expected ':', found ';'")]
    [InlineData("interface i { f: func() }", "1:25: expected ';', found '}'")]
    [InlineData("interface i {\n  type option = u32;\n}", "2:8: expected an identifier or string, found keyword `option`")]
    [InlineData("interface i {\n  abcd\n}", "3:1: expected ':', found '}'")]
    [InlineData("interface i {\n  type", "2:7: expected an identifier or string, found eof")]
    [InlineData("world w { func }", "1:11: expected `import`, `export`, `include`, `use`, or type definition, found keyword `func`")]
    [InlineData("record r {}", "1:1: expected `world`, `interface` or `use`, found keyword `record`")]
    [InlineData("interface i { type t = list<u32, u32>; }", "1:34: expected fixed-length, found keyword `u32`")]
    [InlineData("interface i { f: func() -> (); }", "1:28: expected a type, found '('")]
    [InlineData("interface i { resource r { async constructor(); } }", "1:28: expected `constructor` or identifier, found keyword `async`")]
    [InlineData("interface i { resource r { m: async static func(); } }", "1:37: expected keyword `func`, found keyword `static`")]
    [InlineData("world w { include a with { b:c/d as e } }", "1:29: expected keyword `as`, found ':'")]
    [InlineData("package a:b;\ninterface i {}\npackage c:d;", "3:12: expected '{', found ';'")]
    [InlineData("@since\ninterface i {}", "2:1: expected '(', found keyword `interface`")]
    [InlineData("@since(feature = x, version = 1.0.0)\ninterface i {}", "1:8: expected `version`, found `feature`")]
    [InlineData("@deprecated()\ninterface i {}", "1:13: expected an identifier or string, found ')'")]
    public void Unexpected_tokens_are_reported_with_wit_parser_wording(string text, string expected) =>
        FirstError(text).ShouldBe(expected);

    [Fact]
    public void Unknown_attribute_names_the_attribute()
    {
        FirstError("@stable(version = 1.0.0)\ninterface i {}").ShouldStartWith("1:2: unknown attribute `stable`");
    }

    [Fact]
    public void Invalid_identifier_is_reported_at_its_start()
    {
        FirstError("interface i {\n  type foo_bar = u32;\n}").ShouldStartWith("2:8: invalid character in identifier '_'");
        FirstError("interface i { type %-x = u32; }").ShouldStartWith("1:20: identifiers must have characters between '-'s");
        FirstError("interface Foo {}").ShouldStartWith("1:11: invalid character in identifier 'o'");
    }

    [Fact]
    public void Invalid_version_is_reported_over_the_version()
    {
        FirstError("package a:b@01.0.0;").ShouldStartWith("1:13: `01.0.0` is not a valid semantic version");
    }

    [Fact]
    public void Old_float_names_are_left_to_the_resolver()
    {
        // wit-parser lexes `float32` as a name: it is an error only when no such type is defined.
        var type = AliasedType(Interface(ParseValid("interface i { type t1 = float32; }")), "t1");

        type.ShouldBeOfType<NamedTypeSyntax>().Name.Name.ShouldBe("float32");
    }

    [Fact]
    public void Zero_length_list_is_refused()
    {
        FirstError("interface i { type t = list<u8, 0>; }").ShouldStartWith("1:33: invalid fixed-length list length `0`");
        FirstError("interface i { type t = list<u8, 4294967296>; }").ShouldStartWith("1:33: invalid fixed-length list length");
    }

    [Fact]
    public void Type_nesting_beyond_the_limit_is_reported_at_the_first_type_too_deep()
    {
        var type = string.Concat(Enumerable.Repeat("option<", 5000)) + "u8" + new string('>', 5000);

        FirstError($"interface i {{ type t = {type}; }}").ShouldStartWith($"1:{24 + (100 * 7)}: type nesting too deep");
    }

    [Fact]
    public void Package_nesting_beyond_the_limit_is_reported_at_the_package_keyword()
    {
        var text = string.Concat(Enumerable.Range(0, 150).Select(i => $"package a:b{i} {{\n")) + new string('}', 150);

        FirstError(text).ShouldBe("101:1: package nesting too deep");
    }

    [Fact]
    public void Package_blocks_inside_package_blocks_are_refused_after_parsing()
    {
        FirstError("package a:c {\n  package a:c2 {\n  }\n}\n").ShouldStartWith("2:11: nested packages must be placed at the top-level");
        FirstError("package a:c {\n  package a:c2 {\n  }\n}\ninterface").ShouldStartWith("5:10: expected an identifier or string, found eof");
    }

    [Fact]
    public void Attributes_on_package_blocks_are_refused()
    {
        FirstError("@since(version = 1.0.0)\npackage a:b { }").ShouldStartWith("2:1: cannot place attributes on nested packages");
    }

    [Fact]
    public void Lexical_errors_have_locations_too()
    {
        FirstError("interface i {\n  /* never closed\n").ShouldStartWith("2:3: unterminated block comment");
        FirstError("interface i {\n  $\n}").ShouldStartWith("2:3: unexpected character '$'");
        FirstError("interface i {}\n\"open").ShouldStartWith("2:1: unterminated string literal");
    }

    [Fact]
    public void Columns_count_characters_on_very_long_lines()
    {
        var text = "package demo:h" + new string('a', 70000) + " oops";

        FirstError(text).ShouldBe($"1:{"package demo:h".Length + 70000 + 2}: expected '{{', found an identifier");
    }

    [Fact]
    public void Crlf_line_ends_count_as_one_line_break()
    {
        FirstError("package a:b;\r\n\r\ninterface i {\r\n  f: func()\r\n}").ShouldBe("5:1: expected ';', found '}'");
    }

    [Fact]
    public void The_first_error_ends_parsing_and_keeps_earlier_items()
    {
        var result = WitParser.Parse(new SourceFile("test.wit", "interface a {}\ninterface b { oops }\ninterface c {}"));

        result.Diagnostics.Count.ShouldBe(1);
        result.Diagnostics[0].Id.ShouldBe("WIT0001");
        result.Diagnostics[0].ToString().ShouldStartWith("test.wit(2,20): error WIT0001: expected ':', found '}'");
        result.Document.Items.Cast<InterfaceSyntax>().Select(i => i.Name.Name).ShouldBe(new[] { "a" });
    }
}
