using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Abi;

public static partial class CanonicalAbi
{
    /// <summary>
    /// The longest flat list a <see cref="TypeLayout"/> records. Anything longer than
    /// <see cref="MaxFlatParams"/> always passes through linear memory, so truncating beyond this bound
    /// never changes a function signature; it only keeps absurd types (<c>list&lt;u64, 4000000000&gt;</c>) cheap.
    /// </summary>
    public const int MaxTrackedFlatLength = 256;

    /// <summary>The layout given to a type that cannot be laid out (dangling reference, cycle): empty, byte aligned.</summary>
    internal static TypeLayout Unknown { get; } = new(0, 1, EquatableArray<CoreType>.Empty);

    /// <summary>
    /// Computes the layout of every type definition, in arena order. Aliases take their target's layout.
    /// Never throws: a reference outside the arena or a cycle through type definitions lays out as an
    /// empty, byte-aligned type, and sizes too large for 32 bits saturate at <see cref="uint.MaxValue"/>.
    /// </summary>
    /// <param name="types">The type arena of a resolved model.</param>
    /// <returns>One layout per type, parallel to <paramref name="types"/>.</returns>
    public static EquatableArray<TypeLayout> ComputeLayouts(EquatableArray<TypeDef> types) => new LayoutBuilder(types).BuildAll();

    /// <summary>Rounds <paramref name="offset"/> up to a multiple of <paramref name="alignment"/> (a power of two, or 0/1).</summary>
    public static uint AlignTo(uint offset, uint alignment)
    {
        if (alignment <= 1)
        {
            return offset;
        }

        var aligned = ((ulong)offset + alignment - 1) / alignment * alignment;
        return Saturate(aligned);
    }

    /// <summary>
    /// The spec's <c>join</c> of two flat types occupying the same position in different variant cases:
    /// equal types stay, <c>i32</c> with <c>f32</c> gives <c>i32</c>, anything else gives <c>i64</c>.
    /// </summary>
    public static CoreType Join(CoreType a, CoreType b)
    {
        if (a == b)
        {
            return a;
        }

        if ((a == CoreType.I32 && b == CoreType.F32) || (a == CoreType.F32 && b == CoreType.I32))
        {
            return CoreType.I32;
        }

        return CoreType.I64;
    }

    /// <summary>
    /// The discriminant of a variant with <paramref name="caseCount"/> cases: <c>u8</c> up to 256 cases,
    /// <c>u16</c> up to 65536, else <c>u32</c> (<c>discriminant_type</c> in the spec).
    /// </summary>
    public static PrimitiveKind DiscriminantType(int caseCount) => caseCount switch
    {
        <= 1 << 8 => PrimitiveKind.U8,
        <= 1 << 16 => PrimitiveKind.U16,
        _ => PrimitiveKind.U32,
    };

    /// <summary>
    /// How many 32-bit words a <c>flags</c> type with <paramref name="flagCount"/> flags occupies when it
    /// needs more than 16 flags (0 otherwise: such flags fit in one <c>u8</c> or <c>u16</c>).
    /// </summary>
    public static int FlagsWordCount(int flagCount) => flagCount <= 16 ? 0 : (flagCount + 31) / 32;

    /// <summary>The layout of a <c>flags</c> type: 0 flags is empty, up to 8 a <c>u8</c>, up to 16 a <c>u16</c>, else <c>u32</c> words.</summary>
    public static TypeLayout FlagsLayout(int flagCount)
    {
        if (flagCount <= 0)
        {
            return Unknown;
        }

        if (flagCount <= 8)
        {
            return PrimitiveLayout(PrimitiveKind.U8);
        }

        if (flagCount <= 16)
        {
            return PrimitiveLayout(PrimitiveKind.U16);
        }

        var words = FlagsWordCount(flagCount);
        var flat = new CoreType[Math.Min(words, MaxTrackedFlatLength)];
        for (var i = 0; i < flat.Length; i++)
        {
            flat[i] = CoreType.I32;
        }

        return new TypeLayout(Saturate(4UL * (ulong)words), 4, flat);
    }

    /// <summary>Clamps a 64-bit size to 32 bits.</summary>
    internal static uint Saturate(ulong value) => value > uint.MaxValue ? uint.MaxValue : (uint)value;
}
