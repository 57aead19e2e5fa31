using WitBindgen.Wit.Binary;

namespace WitBindgen.Wit.Tests.Binary;

/// <summary>Inputs built to make the WIT text explode are refused quickly.</summary>
public sealed class OversizedComponentTests
{
    [Fact]
    public void Types_whose_text_doubles_at_every_level_are_refused()
    {
        // type 0 = tuple<u8, u8>; type i = tuple<i-1, i-1> up to type 39; type 40 = func(p: 39); import "f".
        var types = new List<byte> { 41, 0x6f, 0x02, 0x7d, 0x7d };
        for (byte i = 1; i < 40; i++)
        {
            types.AddRange(new byte[] { 0x6f, 0x02, (byte)(i - 1), (byte)(i - 1) });
        }

        types.AddRange(new byte[] { 0x40, 0x01, 0x01, 0x70, 39, 0x01, 0x00 });
        types.Count.ShouldBeInRange(128, 16383);
        var bytes = new List<byte> { 0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00, 0x07, (byte)(0x80 | (types.Count & 0x7f)), (byte)(types.Count >> 7) };
        bytes.AddRange(types);
        bytes.AddRange(new byte[] { 0x0a, 0x06, 0x01, 0x00, 0x01, 0x66, 0x01, 40 });

        var result = ComponentWit.Decode(bytes.ToArray(), "doubling.wasm");

        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("WIT0404");
        result.Diagnostics[0].Message.ShouldContain("too large");
    }
}
