using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// Mirrors <c>wasmtime_val_raw_t</c>: one 16-byte slot of an unchecked call, holding a parameter on the way in
/// and a result on the way out. Which field is meaningful follows from the function's signature; numbers are
/// stored little-endian, as on every platform this runtime supports.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal struct ValRaw
{
    /// <summary>An <c>i32</c> value.</summary>
    [FieldOffset(0)]
    public int I32;

    /// <summary>An <c>i64</c> value.</summary>
    [FieldOffset(0)]
    public long I64;

    /// <summary>An <c>f32</c> value.</summary>
    [FieldOffset(0)]
    public float F32;

    /// <summary>An <c>f64</c> value.</summary>
    [FieldOffset(0)]
    public double F64;

    /// <summary>A slot holding <paramref name="value"/> as an <c>i32</c>.</summary>
    public static ValRaw FromI32(int value) => new() { I32 = value };

    /// <summary>A slot holding <paramref name="value"/> as an <c>i64</c>.</summary>
    public static ValRaw FromI64(long value) => new() { I64 = value };

    /// <summary>A slot holding <paramref name="value"/> as an <c>f32</c>.</summary>
    public static ValRaw FromF32(float value) => new() { F32 = value };

    /// <summary>A slot holding <paramref name="value"/> as an <c>f64</c>.</summary>
    public static ValRaw FromF64(double value) => new() { F64 = value };
}
