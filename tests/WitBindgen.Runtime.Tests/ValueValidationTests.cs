using System.Text;

namespace WitBindgen.Runtime.Tests;

public sealed class ValueValidationTests
{
    [Theory]
    [InlineData(0xD800u)]
    [InlineData(0xDFFFu)]
    [InlineData(0x110000u)]
    public void Char_rejects_values_that_are_not_scalar_values(uint codePoint)
    {
        var error = Should.Throw<ArgumentException>(() => ComponentVal.Char(codePoint));
        error.Message.ShouldContain("not a Unicode scalar value");
    }

    [Fact]
    public void Char_accepts_the_extremes()
    {
        ComponentVal.Char(0u).GetChar().Value.ShouldBe(0);
        ComponentVal.Char(0x10FFFFu).GetChar().ShouldBe(new Rune(0x10FFFF));
    }

    [Fact]
    public void String_rejects_unpaired_surrogates()
    {
        var error = Should.Throw<ArgumentException>(() => ComponentVal.String("a\uD800b"));
        error.Message.ShouldContain("unpaired UTF-16 surrogate");
    }

    [Fact]
    public void StringFromUtf8_rejects_invalid_utf8_and_keeps_valid_bytes()
    {
        Should.Throw<ArgumentException>(() => ComponentVal.StringFromUtf8([0xC3, 0x28])).Message.ShouldContain("not valid UTF-8");
        var value = ComponentVal.StringFromUtf8("grüße"u8);
        try
        {
            value.GetString().ShouldBe("grüße");
            value.GetStringUtf8().SequenceEqual("grüße"u8).ShouldBeTrue();
        }
        finally
        {
            value.Dispose();
        }
    }

    [Fact]
    public void Accessor_of_the_wrong_kind_throws_a_clear_exception()
    {
        var value = ComponentVal.S32(1);
        Should.Throw<InvalidOperationException>(() => value.GetString()).Message.ShouldBe("Expected a component value of kind String but it is S32.");
        Should.Throw<InvalidOperationException>(() => value.GetPayload());
    }

    [Fact]
    public void Missing_payload_is_reported()
    {
        var none = ComponentVal.None();
        none.IsSome.ShouldBeFalse();
        none.HasPayload.ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => none.GetPayload()).Message.ShouldContain("no payload");
    }

    [Fact]
    public void In_place_writers_check_bounds()
    {
        var record = ComponentVal.NewRecord(1);
        try
        {
            Should.Throw<ArgumentOutOfRangeException>(() => record.SetRecordField(1, "x"u8, ComponentVal.U8(1)));
        }
        finally
        {
            record.Dispose();
        }
    }

    [Fact]
    public void Bytes_round_trip_through_the_fast_path()
    {
        var data = new byte[300];
        new Random(7).NextBytes(data);
        var list = ComponentVal.Bytes(data);
        try
        {
            list.GetList().Length.ShouldBe(300);
            list.GetList()[299].GetU8().ShouldBe(data[299]);
            list.GetBytes().ShouldBe(data);
        }
        finally
        {
            list.Dispose();
        }
    }
}
