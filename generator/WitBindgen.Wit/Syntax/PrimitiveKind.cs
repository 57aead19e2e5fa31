namespace WitBindgen.Wit.Syntax;

/// <summary>The built-in scalar and string types.</summary>
/// <remarks>The runtime compiles this file with the binary decoder, where the enum is internal.</remarks>
#if WITBINDGEN_RUNTIME
internal
#else
public
#endif
enum PrimitiveKind
{
    /// <summary><c>bool</c>.</summary>
    Bool,

    /// <summary><c>u8</c>.</summary>
    U8,

    /// <summary><c>u16</c>.</summary>
    U16,

    /// <summary><c>u32</c>.</summary>
    U32,

    /// <summary><c>u64</c>.</summary>
    U64,

    /// <summary><c>s8</c>.</summary>
    S8,

    /// <summary><c>s16</c>.</summary>
    S16,

    /// <summary><c>s32</c>.</summary>
    S32,

    /// <summary><c>s64</c>.</summary>
    S64,

    /// <summary><c>f32</c>.</summary>
    F32,

    /// <summary><c>f64</c>.</summary>
    F64,

    /// <summary><c>char</c>.</summary>
    Char,

    /// <summary><c>string</c>.</summary>
    String,

    /// <summary><c>error-context</c>.</summary>
    ErrorContext,
}
