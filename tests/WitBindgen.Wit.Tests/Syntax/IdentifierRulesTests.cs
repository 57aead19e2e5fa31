using WitBindgen.Wit.Syntax.Lexing;

namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>The kebab-case rule, with wit-parser's own examples.</summary>
public sealed class IdentifierRulesTests
{
    [Theory]
    [InlineData("apple")]
    [InlineData("apple-pear-grape")]
    [InlineData("a0")]
    [InlineData("bool")]
    [InlineData("APPLE-PEAR")]
    [InlineData("apple-PEAR-grape")]
    [InlineData("is-XML")]
    [InlineData("apple-0")]
    [InlineData("a0-000-3d4a-54FF")]
    public void Kebab_case_names_are_valid(string name) => IdentifierRules.IsValid(name).ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("0a")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("apple--pear")]
    [InlineData("Apple")]
    [InlineData("applE")]
    [InlineData("apple_pear")]
    [InlineData("apple-Pear")]
    [InlineData("garçon")]
    [InlineData("a0-000-3d4A-54Ff")]
    public void Other_names_are_invalid(string name) => IdentifierRules.IsValid(name).ShouldBeFalse();

    [Fact]
    public void Problems_are_reported_at_the_start_of_the_token_with_the_offending_character()
    {
        var error = Should.Throw<WitSyntaxException>(() => IdentifierRules.Validate("x %foo_bar", 4, 10, 2));

        error.Message.ShouldStartWith("invalid character in identifier '_'");
        error.Span.Start.ShouldBe(2);
    }

    [Fact]
    public void Empty_parts_have_their_own_message()
    {
        Should.Throw<WitSyntaxException>(() => IdentifierRules.Validate("a--b", 0, 4, 0))
            .Message.ShouldBe("identifiers must have characters between '-'s");
    }
}
