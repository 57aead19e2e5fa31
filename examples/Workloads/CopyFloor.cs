using System.Runtime.InteropServices;
using System.Text;

namespace Workloads;

/// <summary>
/// The least that crossing the component boundary can cost: the same bytes copied into a native buffer (as into the
/// component's linear memory, already grown, so no page is touched for the first time) and, for a result, out of one
/// into a new <c>byte[]</c>, as the bindings return it.
/// </summary>
internal static unsafe class CopyFloor
{
    /// <summary>Copies <paramref name="input"/> into native memory and <paramref name="outputLength"/> bytes out of it into a new array.</summary>
    public static Measurement Bytes(int repetitions, byte[] input, int outputLength)
    {
        var length = Math.Max(input.Length, outputLength);
        var buffer = (byte*)NativeMemory.Alloc((nuint)length);
        try
        {
            var memory = new Span<byte>(buffer, length);
            memory.Clear();
            return Measurement.Time(repetitions, () =>
            {
                input.CopyTo(new Span<byte>(buffer, length));
                var output = new ReadOnlySpan<byte>(buffer, outputLength).ToArray();
                return output[^1];
            });
        }
        finally
        {
            NativeMemory.Free(buffer);
        }
    }

    /// <summary>Encodes <paramref name="text"/> as UTF-8 into native memory, as a <c>string</c> argument crosses.</summary>
    public static Measurement Text(int repetitions, string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var buffer = (byte*)NativeMemory.Alloc((nuint)length);
        try
        {
            new Span<byte>(buffer, length).Clear();
            return Measurement.Time(repetitions, () => (ulong)Encoding.UTF8.GetBytes(text, new Span<byte>(buffer, length)));
        }
        finally
        {
            NativeMemory.Free(buffer);
        }
    }
}
