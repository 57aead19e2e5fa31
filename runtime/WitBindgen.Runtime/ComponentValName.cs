using System.Runtime.InteropServices;
using System.Text;

namespace WitBindgen.Runtime;

/// <summary>
/// A read-only view of a UTF-8 name inside a <see cref="ComponentVal"/> (record field, variant or enum case,
/// flag). Mirrors <c>wasm_name_t</c>; valid only while the value that contains it is alive.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly unsafe struct ComponentValName
{
    private readonly nuint _size;
    private readonly byte* _data;

    /// <summary>The UTF-8 bytes of the name.</summary>
    public ReadOnlySpan<byte> Utf8 => _size == 0 ? default : new ReadOnlySpan<byte>(_data, checked((int)_size));

    /// <summary>Whether the name equals <paramref name="utf8"/> (ordinal, e.g. <c>"case-name"u8</c>).</summary>
    public bool Is(ReadOnlySpan<byte> utf8) => Utf8.SequenceEqual(utf8);

    /// <summary>The name decoded as a string.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Utf8);
}
