using System.Globalization;
using System.Text;

namespace WitBindgen.Testing;

/// <summary>
/// Writes a large WIT package for scaling tests and benchmarks: <c>count</c> interfaces, each with a record and a
/// function, each using the record of the interface two before it; a world that first imports one function per
/// interface, then imports the even interfaces and exports the odd ones. Output grows linearly with the count, so
/// any cost that grows faster comes from the tools reading it.
/// </summary>
internal static class ManyInterfacesWit
{
    /// <summary>The world's name.</summary>
    public const string World = "big";

    /// <summary>The package text. <paramref name="oneLine"/> puts everything on one line after a comment holding a surrogate pair.</summary>
    public static string Write(int count, bool oneLine = false)
    {
        var wit = new StringBuilder();
        var newline = oneLine ? " " : "\n";
        if (oneLine)
        {
            wit.Append("/* \U0001F600 */ ");
        }

        wit.Append("package bench:many;").Append(newline);
        for (var i = 0; i < count; i++)
        {
            wit.Append(Invariant($"interface iface{i} {{")).Append(newline);
            if (i >= 2)
            {
                wit.Append(Invariant($"  use iface{i - 2}.{{rec{i - 2}}};")).Append(newline);
            }

            wit.Append(Invariant($"  record rec{i} {{ a: u32, b: string }}")).Append(newline);
            wit.Append(i >= 2 ? Invariant($"  do{i}: func(x: rec{i}, y: rec{i - 2}) -> rec{i};") : Invariant($"  do{i}: func(x: rec{i}) -> rec{i};")).Append(newline);
            wit.Append('}').Append(newline);
        }

        wit.Append("world ").Append(World).Append(" {").Append(newline);
        for (var i = 0; i < count; i++)
        {
            wit.Append(Invariant($"  import tick{i}: func(n: u32) -> u32;")).Append(newline);
        }

        for (var i = 0; i < count; i++)
        {
            wit.Append(Invariant($"  {(i % 2 == 0 ? "import" : "export")} iface{i};")).Append(newline);
        }

        return wit.Append('}').Append(newline).ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
