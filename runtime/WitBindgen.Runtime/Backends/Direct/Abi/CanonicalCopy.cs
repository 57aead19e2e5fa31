using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>
/// Moves a list of integers or floats from one guest's memory to another's in one block, for a fused adapter: the
/// same checks and realloc call as lifting it into a value and lowering that value, without a value per element.
/// </summary>
internal static class CanonicalCopy
{
    /// <summary>
    /// Whether <paramref name="type"/> is a list of integers or floats, which <see cref="CheckList"/> and
    /// <see cref="CopyList"/> move.
    /// </summary>
    public static bool IsBlockList(AbiType type) => type.Kind == AbiKind.List && type.Element is { IsBlittable: true };

    /// <summary>The lift's checks of the list at <paramref name="pointer"/> in the source (<c>load_list_from_range</c>).</summary>
    public static void CheckList(AbiContext source, AbiType type, uint pointer, uint length) =>
        CanonicalLift.CheckList(source, type.Element!, pointer, length);

    /// <summary>
    /// Allocates the list in the destination through its realloc (<c>store_list_into_range</c>), copies the checked
    /// list at <paramref name="pointer"/> from the source into it, canonicalizing float NaNs as lifting does; returns
    /// the new pointer and the length.
    /// </summary>
    public static (uint Pointer, uint Length) CopyList(AbiContext source, AbiContext destination, AbiType type, uint pointer, uint length)
    {
        var element = type.Element!;
        var byteLength = length * element.Size;
        var target = destination.Realloc(0, 0, element.Alignment, byteLength);

        // Read both spans after realloc, which may have grown either memory.
        var into = destination.Memory.Span.Slice((int)target, (int)byteLength);
        source.Memory.Span.Slice((int)pointer, (int)byteLength).CopyTo(into);
        if (element.Kind == AbiKind.F32)
        {
            CanonicalLift.CanonicalizeNaNs(MemoryMarshal.Cast<byte, uint>(into));
        }
        else if (element.Kind == AbiKind.F64)
        {
            CanonicalLift.CanonicalizeNaNs(MemoryMarshal.Cast<byte, ulong>(into));
        }

        return (target, length);
    }
}
