using WitBindgen.Wit.Binary;
using static WitBindgen.Testing.ExternNameSamples;

namespace WitBindgen.Wit.Tests.Binary;

/// <summary>
/// A component may carry names that WIT cannot spell; decoding refuses them with one error that quotes the name,
/// instead of describing the component with WIT that no parser reads.
/// </summary>
public sealed class InvalidNameTests
{
    [Theory]
    [InlineData("demo:names/api", "not valid", "name 'not valid' cannot be written in WIT: it is not a WIT identifier")]
    [InlineData("demo:names/api", "Mixed-Case", "name 'Mixed-Case' cannot be written in WIT: it is not a WIT identifier")]
    [InlineData("demo:names/api@1.x", "run", "name 'demo:names@1.x' cannot be written in WIT: its version is not a semantic version")]
    [InlineData("demo:na_mes/api", "run", "name 'na_mes' cannot be written in WIT: it is not a WIT identifier")]
    [InlineData("demo/api", "run", "name 'demo/api' cannot be written in WIT: it is not a WIT identifier")]
    public void A_name_wit_cannot_spell_is_refused_and_quoted(string interfaceName, string functionName, string expected)
    {
        var result = ComponentWit.Decode(InterfaceImport(Plain(0x00, interfaceName), Plain(0x00, functionName)), "names.wasm");

        result.Model.ShouldBeNull();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("WIT0406");
        diagnostic.Message.ShouldContain(expected);
    }
}
