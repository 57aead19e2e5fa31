namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>A core WebAssembly value type a component-level value flattens to.</summary>
internal enum FlatType : byte
{
    /// <summary><c>i32</c>.</summary>
    I32,

    /// <summary><c>i64</c>.</summary>
    I64,

    /// <summary><c>f32</c>.</summary>
    F32,

    /// <summary><c>f64</c>.</summary>
    F64,
}
