using System.Globalization;

namespace WitBindgen.Cli.Commands;

/// <summary>Small helpers for the one-line summaries the commands print.</summary>
internal static class Summary
{
    /// <summary>"1 world", "3 worlds": a count with its noun in the right number.</summary>
    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    /// <summary>Joins the non-null parts with ", ".</summary>
    public static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => p is not null));
}
