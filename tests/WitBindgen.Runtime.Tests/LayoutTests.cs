using System.Runtime.CompilerServices;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Tests;

/// <summary>The managed mirrors have the sizes of Wasmtime v50's C structs (64-bit).</summary>
public sealed unsafe class LayoutTests
{
    [Fact]
    public void Struct_sizes_match_the_C_api()
    {
        sizeof(ComponentVal).ShouldBe(32);
        ComponentVal.NativeSize.ShouldBe(32);
        sizeof(ComponentValName).ShouldBe(16);
        sizeof(ComponentRecordField).ShouldBe(48);
        sizeof(ComponentMapEntry).ShouldBe(64);
        sizeof(WasmByteVec).ShouldBe(16);
        sizeof(NativeVec).ShouldBe(16);
        sizeof(InstanceItem).ShouldBe(16);
        sizeof(FuncItem).ShouldBe(32);
    }

    [Fact]
    public void Payload_union_starts_at_offset_8()
    {
        var value = ComponentVal.U64(0x0102030405060708);
        var bytes = new ReadOnlySpan<byte>(Unsafe.AsPointer(ref value), 32);
        bytes[0].ShouldBe((byte)ComponentValKind.U64);
        BitConverter.ToUInt64(bytes[8..16]).ShouldBe(0x0102030405060708UL);
    }

    [Fact]
    public void Wasmtime_deep_clones_nested_values_laid_out_by_the_factories()
    {
        // wasmtime_component_val_clone walks every pointer and length; a wrong offset would crash or differ.
        var record = ComponentVal.NewRecord(2);
        record.SetRecordField(0, "name"u8, ComponentVal.String("ünïcode"));
        record.SetRecordField(1, "payload"u8, ComponentVal.Variant("some-case"u8, ComponentVal.Some(ComponentVal.List([ComponentVal.Char(0x10FFFF)]))));
        var original = ComponentVal.Tuple([record, ComponentVal.Ok(ComponentVal.Flags("a", "b")), ComponentVal.Enum("e"u8)]);
        var copy = original.Clone();
        try
        {
            copy.ToString().ShouldBe(original.ToString());
            copy.ToString().ShouldBe("({ name: \"ünïcode\", payload: some-case(some(['\U0010FFFF'])) }, ok({a, b}), e)");
        }
        finally
        {
            original.Dispose();
            copy.Dispose();
        }
    }

    [Fact]
    public void Dispose_resets_to_default_so_a_second_dispose_is_harmless()
    {
        var value = ComponentVal.String("x");
        value.Dispose();
        value.Kind.ShouldBe(ComponentValKind.Bool);
        value.Dispose();
        default(ComponentVal).GetBool().ShouldBeFalse();
    }
}
