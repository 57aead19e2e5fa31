using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// Mirrors <c>wasm_byte_vec_t</c> (also <c>wasm_name_t</c>): a length followed by a pointer to bytes that
/// Wasmtime allocated and frees with <c>wasm_byte_vec_delete</c>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct WasmByteVec
{
    /// <summary>Number of bytes.</summary>
    public nuint Size;

    /// <summary>First byte, or null when empty.</summary>
    public byte* Data;

    /// <summary>The bytes as a span (valid until the vector is deleted).</summary>
    public readonly ReadOnlySpan<byte> AsSpan() => Size == 0 ? default : new ReadOnlySpan<byte>(Data, checked((int)Size));
}
