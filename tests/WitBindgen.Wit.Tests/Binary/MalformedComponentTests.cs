using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Tests.Binary;

/// <summary>Bad input gives exactly one error diagnostic and no WIT; decoding never throws.</summary>
public sealed class MalformedComponentTests
{
    private static readonly byte[] ComponentPreamble = { 0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00 };

    [Theory]
    [InlineData(new byte[0], "WIT0400")]
    [InlineData(new byte[] { 0x7b, 0x22, 0x61, 0x22, 0x3a, 0x31, 0x7d, 0x0a }, "WIT0400")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6d }, "WIT0400")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00 }, "WIT0401")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x0c, 0x00, 0x01, 0x00 }, "WIT0402")]
    public void A_file_that_is_not_a_component_is_one_clear_error(byte[] bytes, string code)
    {
        var result = ComponentWit.Decode(bytes, "input.wasm");

        result.WitText.ShouldBeNull();
        result.Diagnostics.Count.ShouldBe(1);
        result.Diagnostics[0].Id.ShouldBe(code);
        result.Diagnostics[0].Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_integer_running_past_five_bytes_is_malformed()
    {
        var bytes = ComponentPreamble.Concat(new byte[] { 0x07, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f }).ToArray();

        var result = ComponentWit.Decode(bytes, "input.wasm");

        result.Diagnostics.Single().Id.ShouldBe("WIT0403");
        result.Diagnostics[0].Message.ShouldContain("0x9");
    }

    [Fact]
    public void A_section_longer_than_the_file_is_malformed()
    {
        var bytes = ComponentPreamble.Concat(new byte[] { 0x07, 0x20, 0x01 }).ToArray();

        var result = ComponentWit.Decode(bytes, "input.wasm");

        result.Diagnostics.Single().Id.ShouldBe("WIT0403");
        result.Diagnostics[0].Message.ShouldContain("past the end");
    }

    [Fact]
    public void A_vector_count_larger_than_the_data_is_malformed_without_allocating_it()
    {
        var bytes = ComponentPreamble.Concat(new byte[] { 0x07, 0x05, 0xff, 0xff, 0xff, 0xff, 0x07 }).ToArray();

        var result = ComponentWit.Decode(bytes, "input.wasm");

        result.Diagnostics.Single().Message.ShouldContain("exceeds the data left");
    }

    [Fact]
    public void An_empty_component_has_an_empty_world()
    {
        var result = ComponentWit.Decode(ComponentPreamble, "empty.wasm");

        result.Diagnostics.ShouldBeEmpty();
        result.WitText.ShouldNotBeNull().ShouldContain("world root {}");
    }

    [Fact]
    public void Random_bytes_behind_a_component_preamble_never_throw()
    {
        var random = new Random(1234);
        for (var i = 0; i < 2000; i++)
        {
            var body = new byte[random.Next(0, 64)];
            random.NextBytes(body);
            var result = ComponentWit.Decode(ComponentPreamble.Concat(body).ToArray(), "random.wasm");

            (result.WitText is null).ShouldBe(result.Diagnostics.Count == 1, "exactly one diagnostic exactly when there is no text");
            result.Diagnostics.ShouldAllBe(d => d.Id.StartsWith("WIT04"));
        }
    }

    [ConformanceFact]
    public void Every_truncation_of_a_real_component_is_one_diagnostic()
    {
        var bytes = File.ReadAllBytes(ComponentSamples.PathOf("adder"));
        for (var length = 0; length < bytes.Length; length += 7)
        {
            var result = ComponentWit.Decode(bytes.Take(length).ToArray(), "adder.wasm");

            // A cut between two sections is a valid smaller component; anywhere else is an error.
            if (result.WitText is null)
            {
                result.Diagnostics.Count.ShouldBe(1);
                result.Diagnostics[0].Id.ShouldStartWith("WIT04");
            }
        }
    }

    [ConformanceFact]
    public void Corrupted_bytes_in_a_real_component_never_throw()
    {
        var original = File.ReadAllBytes(ComponentSamples.PathOf("records"));
        var random = new Random(42);
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])original.Clone();
            for (var j = 0; j < 4; j++)
            {
                bytes[random.Next(8, bytes.Length)] = (byte)random.Next(256);
            }

            var result = ComponentWit.Decode(bytes, "records.wasm");

            (result.WitText is null).ShouldBe(result.Diagnostics.Count == 1);
            result.Diagnostics.ShouldAllBe(d => d.Id.StartsWith("WIT04"));
        }
    }
}
