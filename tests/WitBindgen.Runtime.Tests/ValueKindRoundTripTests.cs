using System.Text;
using WitBindgen.Runtime.Tests.Infrastructure;

namespace WitBindgen.Runtime.Tests;

/// <summary>Every value kind goes host -> guest export -> host import -> guest -> host unchanged.</summary>
public sealed class ValueKindRoundTripTests
{
    private const string RecordType = """(record (field "a" u32) (field "b" string))""";
    private const string VariantType = """(variant (case "a" u32) (case "b" f32) (case "c"))""";
    private const string EnumType = """(enum "x" "y" "z")""";
    private const string FlagsType = """(flags "r" "w" "x")""";

    private static readonly Dictionary<string, (string Type, string[] Flat, Func<ComponentVal> Make, string Expected)> Cases = new()
    {
        ["bool"] = ("bool", ["i32"], () => ComponentVal.Bool(true), "true"),
        ["s8"] = ("s8", ["i32"], () => ComponentVal.S8(sbyte.MinValue), "-128"),
        ["u8"] = ("u8", ["i32"], () => ComponentVal.U8(byte.MaxValue), "255"),
        ["s16"] = ("s16", ["i32"], () => ComponentVal.S16(short.MinValue), "-32768"),
        ["u16"] = ("u16", ["i32"], () => ComponentVal.U16(ushort.MaxValue), "65535"),
        ["s32"] = ("s32", ["i32"], () => ComponentVal.S32(int.MinValue), "-2147483648"),
        ["u32"] = ("u32", ["i32"], () => ComponentVal.U32(uint.MaxValue), "4294967295"),
        ["s64"] = ("s64", ["i64"], () => ComponentVal.S64(long.MinValue), "-9223372036854775808"),
        ["u64"] = ("u64", ["i64"], () => ComponentVal.U64(ulong.MaxValue), "18446744073709551615"),
        ["f32"] = ("f32", ["f32"], () => ComponentVal.F32(-1.5f), "-1.5"),
        ["f64"] = ("f64", ["f64"], () => ComponentVal.F64(Math.PI), "3.141592653589793"),
        ["char"] = ("char", ["i32"], () => ComponentVal.Char(new Rune(0x1F600)), "'\U0001F600'"),
        ["string"] = ("string", ["i32", "i32"], () => ComponentVal.String("héllo, 世界 \U0001F600"), "\"héllo, 世界 \U0001F600\""),
        ["empty string"] = ("string", ["i32", "i32"], () => ComponentVal.String(""), "\"\""),
        ["list<u8>"] = ("(list u8)", ["i32", "i32"], () => ComponentVal.Bytes([1, 2, 255]), "[1, 2, 255]"),
        ["empty list<u32>"] = ("(list u32)", ["i32", "i32"], () => ComponentVal.List([]), "[]"),
        ["list<string>"] = ("(list string)", ["i32", "i32"], () => ComponentVal.List([ComponentVal.String("a"), ComponentVal.String("ü")]), "[\"a\", \"ü\"]"),
        ["list<list<s16>>"] = ("(list (list s16))", ["i32", "i32"],
            () => ComponentVal.List([ComponentVal.List([ComponentVal.S16(-1)]), ComponentVal.List([])]), "[[-1], []]"),
        ["record"] = (RecordType, ["i32", "i32", "i32"], MakeRecord, "{ a: 7, b: \"seven\" }"),
        ["tuple"] = ("(tuple u8 f64)", ["i32", "f64"], () => ComponentVal.Tuple([ComponentVal.U8(9), ComponentVal.F64(0.25)]), "(9, 0.25)"),
        ["variant with u32"] = (VariantType, ["i32", "i32"], () => ComponentVal.Variant("a"u8, ComponentVal.U32(42)), "a(42)"),
        ["variant with f32"] = (VariantType, ["i32", "i32"], () => ComponentVal.Variant("b", ComponentVal.F32(2.5f)), "b(2.5)"),
        ["variant without payload"] = (VariantType, ["i32", "i32"], () => ComponentVal.Variant("c"u8), "c"),
        ["enum"] = (EnumType, ["i32"], () => ComponentVal.Enum("z"u8), "z"),
        ["option some"] = ("(option string)", ["i32", "i32", "i32"], () => ComponentVal.Some(ComponentVal.String("x")), "some(\"x\")"),
        ["option none"] = ("(option string)", ["i32", "i32", "i32"], ComponentVal.None, "none"),
        ["nested option"] = ("(option (option u8))", ["i32", "i32", "i32"], () => ComponentVal.Some(ComponentVal.None()), "some(none)"),
        ["result ok"] = ("(result u32 (error string))", ["i32", "i32", "i32"], () => ComponentVal.Ok(ComponentVal.U32(5)), "ok(5)"),
        ["result err"] = ("(result u32 (error string))", ["i32", "i32", "i32"], () => ComponentVal.Err(ComponentVal.String("bad")), "err(\"bad\")"),
        ["result without payloads"] = ("(result)", ["i32"], ComponentVal.Err, "err"),
        ["flags"] = (FlagsType, ["i32"], () => ComponentVal.Flags("r", "x"), "{r, x}"),
        ["no flags"] = (FlagsType, ["i32"], () => ComponentVal.Flags(), "{}"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Value_survives_export_call_and_host_import(string name)
    {
        var (type, flat, make, expected) = Cases[name];
        using var harness = new RoundTripHarness(type, flat);

        var result = harness.Call(make());
        try
        {
            harness.HostCalls.ShouldBe(1);
            harness.LastHostArgument.ShouldBe(expected);
            result.ToString().ShouldBe(expected);
        }
        finally
        {
            result.Dispose();
        }
    }

    [Fact]
    public void Record_fields_are_readable_by_name_and_position()
    {
        using var harness = new RoundTripHarness(RecordType, "i32", "i32", "i32");
        var result = harness.Call(MakeRecord());
        try
        {
            var fields = result.GetRecordFields();
            fields.Length.ShouldBe(2);
            fields[0].Name.Is("a"u8).ShouldBeTrue();
            fields[0].Value.GetU32().ShouldBe(7u);
            fields[1].Name.ToString().ShouldBe("b");
            fields[1].Value.GetString().ShouldBe("seven");
        }
        finally
        {
            result.Dispose();
        }
    }

    [Fact]
    public void Variant_option_result_and_flags_accessors_read_the_payloads()
    {
        using var harness = new RoundTripHarness("(result u32 (error string))", "i32", "i32", "i32");
        var ok = harness.Call(ComponentVal.Ok(ComponentVal.U32(5)));
        var err = harness.Call(ComponentVal.Err(ComponentVal.String("bad")));
        try
        {
            ok.IsOk.ShouldBeTrue();
            ok.GetPayload().GetU32().ShouldBe(5u);
            err.IsOk.ShouldBeFalse();
            err.GetPayload().GetString().ShouldBe("bad");
        }
        finally
        {
            ok.Dispose();
            err.Dispose();
        }

        using var variants = new RoundTripHarness(VariantType, "i32", "i32");
        var variant = variants.Call(ComponentVal.Variant("a"u8, ComponentVal.U32(42)));
        try
        {
            variant.IsCase("a"u8).ShouldBeTrue();
            variant.IsCase("b"u8).ShouldBeFalse();
            variant.GetCaseName().ToString().ShouldBe("a");
            variant.HasPayload.ShouldBeTrue();
            variant.GetPayload().GetU32().ShouldBe(42u);
        }
        finally
        {
            variant.Dispose();
        }

        using var flags = new RoundTripHarness(FlagsType, "i32");
        var set = flags.Call(ComponentVal.Flags("w"));
        try
        {
            set.HasFlag("w"u8).ShouldBeTrue();
            set.HasFlag("r"u8).ShouldBeFalse();
        }
        finally
        {
            set.Dispose();
        }
    }

    [Fact]
    public void Values_built_in_place_round_trip()
    {
        using var harness = new RoundTripHarness("(list u32)", "i32", "i32");
        var list = ComponentVal.NewList(3);
        var items = list.GetListItems();
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ComponentVal.U32((uint)(i * 10));
        }

        var result = harness.Call(list);
        try
        {
            result.ToString().ShouldBe("[0, 10, 20]");
        }
        finally
        {
            result.Dispose();
        }

        using var tuples = new RoundTripHarness("(tuple string bool)", "i32", "i32", "i32");
        var tuple = ComponentVal.NewTuple(2);
        tuple.GetTupleItems()[0] = ComponentVal.String("t");
        tuple.GetTupleItems()[1] = ComponentVal.Bool(true);
        var tupleResult = tuples.Call(tuple);
        try
        {
            tupleResult.ToString().ShouldBe("(\"t\", true)");
        }
        finally
        {
            tupleResult.Dispose();
        }
    }

    private static ComponentVal MakeRecord()
    {
        var record = ComponentVal.NewRecord(2);
        record.SetRecordField(0, "a"u8, ComponentVal.U32(7));
        record.SetRecordField(1, "b", ComponentVal.String("seven"));
        return record;
    }
}
