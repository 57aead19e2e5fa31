using System.Text;
using System.Text.Unicode;

namespace WitBindgen.Runtime.Native;

/// <summary>Allocates UTF-8 byte vectors with Wasmtime's own allocator, so Wasmtime can free them.</summary>
internal static unsafe class NativeName
{
    /// <summary>Copies <paramref name="utf8"/> (validated: Wasmtime aborts on invalid UTF-8) into a new vector.</summary>
    public static WasmByteVec FromUtf8(ReadOnlySpan<byte> utf8, string what)
    {
        if (!Utf8.IsValid(utf8))
        {
            throw new ArgumentException($"The {what} is not valid UTF-8.", nameof(utf8));
        }

        var vec = Allocate(utf8.Length);
        utf8.CopyTo(new Span<byte>(vec.Data, utf8.Length));
        return vec;
    }

    /// <summary>Encodes <paramref name="text"/> as UTF-8 into a new vector; unpaired surrogates are rejected.</summary>
    public static WasmByteVec FromUtf16(ReadOnlySpan<char> text, string what)
    {
        if (text.IsEmpty)
        {
            return default;
        }

        // GetByteCount counts an unpaired surrogate as its 3-byte replacement; FromUtf16 below rejects it.
        var length = Encoding.UTF8.GetByteCount(text);
        var vec = Allocate(length);
        var status = Utf8.FromUtf16(text, new Span<byte>(vec.Data, length), out _, out var written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done || written != length)
        {
            NativeMethods.wasm_byte_vec_delete(&vec);
            throw new ArgumentException($"The {what} contains an unpaired UTF-16 surrogate, which a WIT string cannot represent.", nameof(text));
        }

        return vec;
    }

    /// <summary>Allocates an uninitialized vector of <paramref name="length"/> bytes (empty: no allocation).</summary>
    public static WasmByteVec Allocate(int length)
    {
        var vec = default(WasmByteVec);
        if (length > 0)
        {
            NativeMethods.wasm_byte_vec_new_uninitialized(&vec, (nuint)length);
        }

        return vec;
    }
}
