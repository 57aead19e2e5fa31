namespace WitBindgen.Runtime;

/// <summary>The discriminant of a <see cref="ComponentVal"/>, numerically identical to <c>wasmtime_component_valkind_t</c>.</summary>
public enum ComponentValKind : byte
{
    /// <summary>WIT <c>bool</c>.</summary>
    Bool = 0,

    /// <summary>WIT <c>s8</c>.</summary>
    S8 = 1,

    /// <summary>WIT <c>u8</c>.</summary>
    U8 = 2,

    /// <summary>WIT <c>s16</c>.</summary>
    S16 = 3,

    /// <summary>WIT <c>u16</c>.</summary>
    U16 = 4,

    /// <summary>WIT <c>s32</c>.</summary>
    S32 = 5,

    /// <summary>WIT <c>u32</c>.</summary>
    U32 = 6,

    /// <summary>WIT <c>s64</c>.</summary>
    S64 = 7,

    /// <summary>WIT <c>u64</c>.</summary>
    U64 = 8,

    /// <summary>WIT <c>f32</c>.</summary>
    F32 = 9,

    /// <summary>WIT <c>f64</c>.</summary>
    F64 = 10,

    /// <summary>WIT <c>char</c> (a Unicode scalar value).</summary>
    Char = 11,

    /// <summary>WIT <c>string</c> (UTF-8 in a Wasmtime-owned buffer).</summary>
    String = 12,

    /// <summary>WIT <c>list&lt;T&gt;</c> (and fixed-length lists).</summary>
    List = 13,

    /// <summary>WIT <c>record</c>: named fields in declaration order.</summary>
    Record = 14,

    /// <summary>WIT <c>tuple&lt;...&gt;</c>.</summary>
    Tuple = 15,

    /// <summary>WIT <c>variant</c>: a case name and an optional payload.</summary>
    Variant = 16,

    /// <summary>WIT <c>enum</c>: a case name.</summary>
    Enum = 17,

    /// <summary>WIT <c>option&lt;T&gt;</c>.</summary>
    Option = 18,

    /// <summary>WIT <c>result&lt;T, E&gt;</c>.</summary>
    Result = 19,

    /// <summary>WIT <c>flags</c>: the names of the flags that are set.</summary>
    Flags = 20,

    /// <summary>A resource handle (see <see cref="HostResourceType"/> and <see cref="ComponentResource"/>).</summary>
    Resource = 21,

    /// <summary>WIT <c>map&lt;K, V&gt;</c>.</summary>
    Map = 22,
}
