namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>The kind of a core WebAssembly value, numbered as <c>wasmtime_valkind_t</c>.</summary>
internal enum CoreValKind : byte
{
    /// <summary>A 32-bit integer.</summary>
    I32 = 0,

    /// <summary>A 64-bit integer.</summary>
    I64 = 1,

    /// <summary>A 32-bit float.</summary>
    F32 = 2,

    /// <summary>A 64-bit float.</summary>
    F64 = 3,

    /// <summary>A 128-bit vector.</summary>
    V128 = 4,

    /// <summary>A function reference (null or a function of the store).</summary>
    FuncRef = 5,
}
