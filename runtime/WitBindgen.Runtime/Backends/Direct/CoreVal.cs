using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// Mirrors <c>wasmtime_val_t</c> (v50, built with GC support): a one-byte kind, then at offset 8 a 24-byte union,
/// 32 bytes in all (checked by the layout tests). Used for globals and table elements; calls use <see cref="ValRaw"/>.
/// Only numbers and function references are read or written: GC references never reach this runtime's modules.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
internal struct CoreVal
{
    /// <summary>Which union member is valid.</summary>
    [FieldOffset(0)]
    public CoreValKind Kind;

    /// <summary>Valid for <see cref="CoreValKind.I32"/>.</summary>
    [FieldOffset(8)]
    public int I32;

    /// <summary>Valid for <see cref="CoreValKind.I64"/>.</summary>
    [FieldOffset(8)]
    public long I64;

    /// <summary>Valid for <see cref="CoreValKind.F32"/>.</summary>
    [FieldOffset(8)]
    public float F32;

    /// <summary>Valid for <see cref="CoreValKind.F64"/>.</summary>
    [FieldOffset(8)]
    public double F64;

    /// <summary>Valid for <see cref="CoreValKind.FuncRef"/>; a zero store id is the null reference.</summary>
    [FieldOffset(8)]
    public CoreFuncItem FuncRef;

    /// <summary>An <c>i32</c>.</summary>
    public static CoreVal FromI32(int value) => new() { Kind = CoreValKind.I32, I32 = value };

    /// <summary>An <c>i64</c>.</summary>
    public static CoreVal FromI64(long value) => new() { Kind = CoreValKind.I64, I64 = value };

    /// <summary>An <c>f32</c>.</summary>
    public static CoreVal FromF32(float value) => new() { Kind = CoreValKind.F32, F32 = value };

    /// <summary>An <c>f64</c>.</summary>
    public static CoreVal FromF64(double value) => new() { Kind = CoreValKind.F64, F64 = value };
}
