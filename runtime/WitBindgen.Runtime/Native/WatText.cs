using System.Text;

namespace WitBindgen.Runtime.Native;

/// <summary>Reads the bytes of a binary converted from WebAssembly text.</summary>
internal delegate T WasmBinaryReader<T>(ReadOnlySpan<byte> wasm);

/// <summary>
/// Converts WebAssembly text (a module or a component) to its binary with <c>wasmtime_wat2wasm</c>, the one place
/// that owns the native buffer: every <c>FromWat</c> reads the binary inside it.
/// </summary>
internal static unsafe class WatText
{
    /// <summary>Converts <paramref name="wat"/> and returns what <paramref name="read"/> makes of the binary.</summary>
    /// <param name="wat">The WebAssembly text.</param>
    /// <param name="read">Reads the binary; the span is valid only during the call.</param>
    /// <param name="adjust">Rewrites the parse error before it is thrown, if given.</param>
    /// <exception cref="WitRuntimeException">The text does not parse.</exception>
    public static T ToBinary<T>(string wat, WasmBinaryReader<T> read, Func<WitRuntimeException, WitRuntimeException>? adjust = null)
    {
        ArgumentNullException.ThrowIfNull(wat);
        var text = Encoding.UTF8.GetBytes(wat);
        var wasm = default(WasmByteVec);
        fixed (byte* data = text)
        {
            var error = NativeMethods.wasmtime_wat2wasm(data, (nuint)text.Length, &wasm);
            if (error != 0)
            {
                var exception = WasmtimeError.ToException(error, "parsing WebAssembly text", hostException: null);
                throw adjust is null ? exception : adjust(exception);
            }
        }

        try
        {
            return read(wasm.AsSpan());
        }
        finally
        {
            NativeMethods.wasm_byte_vec_delete(&wasm);
        }
    }
}
