using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Tests.Naming;

public sealed class CSharpNamesTests
{
    [Theory]
    [InlineData("point", "Point")]
    [InlineData("http-request", "HttpRequest")]
    [InlineData("HTTP-request", "HttpRequest")]
    [InlineData("get-URL-v2", "GetUrlV2")]
    [InlineData("%record", "Record")]
    [InlineData("[method]file.read-via-stream", "MethodFileReadViaStream")]
    [InlineData("a", "A")]
    [InlineData("", "_")]
    public void PascalCase_joins_kebab_words(string wit, string expected) =>
        CSharpNames.ToPascalCase(wit).ShouldBe(expected);

    [Theory]
    [InlineData("http-request", "httpRequest")]
    [InlineData("in", "@in")]
    [InlineData("%string", "@string")]
    [InlineData("class", "@class")]
    [InlineData("await", "@await")]
    [InlineData("HTTP", "http")]
    [InlineData("self", "self")]
    public void CamelCase_escapes_keywords(string wit, string expected) =>
        CSharpNames.ToCamelCase(wit).ShouldBe(expected);

    [Fact]
    public void Version_segment_is_an_identifier()
    {
        CSharpNames.VersionSegment(SemVer.TryParse("0.2.0")!).ShouldBe("V0_2_0");
        CSharpNames.VersionSegment(SemVer.TryParse("1.0.0-rc.1+build")!).ShouldBe("V1_0_0_rc_1");
    }

    [Theory]
    [InlineData("Foo", true)]
    [InlineData("_x1", true)]
    [InlineData("1x", false)]
    [InlineData("a-b", false)]
    [InlineData("", false)]
    public void IsIdentifier_accepts_plain_identifiers(string text, bool expected) =>
        CSharpNames.IsIdentifier(text).ShouldBe(expected);
}
