using System.Text;
using System.Text.RegularExpressions;

namespace WitBindgen.Runtime.Tests.Wasi.Suite;

/// <summary>
/// Programs whose stdout prints a Rust <c>HashMap</c>, whose order follows the guest's random seed and so differs run
/// to run on either backend: their outputs compare with each <c>{…}</c> map's entries sorted. Every other program's
/// output compares byte for byte.
/// </summary>
internal static partial class WasiSuiteOrderFreeOutput
{
    private static readonly HashSet<string> Programs = new(StringComparer.Ordinal) { "rust/poll_oneoff_stdio" };

    /// <summary>The bytes to compare of what <paramref name="program"/> wrote.</summary>
    public static byte[] Comparable(string program, byte[] output)
    {
        if (!Programs.Contains(program))
        {
            return output;
        }

        var text = MapPattern().Replace(Encoding.UTF8.GetString(output), map =>
            "{" + string.Join(", ", map.Groups[1].Value.Split(", ").Order(StringComparer.Ordinal)) + "}");
        return Encoding.UTF8.GetBytes(text);
    }

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex MapPattern();
}
