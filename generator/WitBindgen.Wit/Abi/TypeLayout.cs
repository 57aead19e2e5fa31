using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Abi;

/// <summary>A core WebAssembly value type, as the Canonical ABI flattens to.</summary>
public enum CoreType
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

/// <summary>The Canonical ABI facts of a type: size and alignment in linear memory, and its flattened core types.</summary>
/// <param name="Size">Size in bytes when stored in linear memory.</param>
/// <param name="Alignment">Alignment in bytes.</param>
/// <param name="Flat">The flattened core types (before the 16-parameter / 1-result limits apply).</param>
public sealed record TypeLayout(uint Size, uint Alignment, EquatableArray<CoreType> Flat)
{
    /// <summary>The layout of a primitive type.</summary>
    public static TypeLayout OfPrimitive(PrimitiveKind kind) => CanonicalAbi.PrimitiveLayout(kind);
}
