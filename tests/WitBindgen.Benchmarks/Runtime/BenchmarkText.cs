using System.Text;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>The text the string benchmarks send: mostly ASCII, with a two-byte UTF-8 character every 64 bytes.</summary>
internal static class BenchmarkText
{
    /// <summary>Text whose UTF-8 encoding is just under <paramref name="utf8Bytes"/> (within one 64-byte chunk).</summary>
    public static string Utf8(int utf8Bytes)
    {
        // Each chunk is 62 ASCII characters and one 'é': 64 bytes of UTF-8.
        var text = new StringBuilder(utf8Bytes);
        for (var length = 0; length < utf8Bytes - 64; length += 64)
        {
            text.Append('a', 62).Append('é');
        }

        return text.ToString();
    }
}
