namespace WitBindgen.Wit.Tests.Conformance;

/// <summary>Shows where two texts first differ, with a few lines of context.</summary>
internal static class TextDiff
{
    public static string FirstDifference(string expected, string actual, int context = 6)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        var from = Math.Max(0, i - context);
        var lines = new List<string> { $"first difference at line {i + 1}:" };
        for (var k = from; k < i; k++)
        {
            lines.Add("    " + e[k]);
        }

        for (var k = i; k < Math.Min(e.Length, i + context); k++)
        {
            lines.Add("  - " + e[k]);
        }

        for (var k = i; k < Math.Min(a.Length, i + context); k++)
        {
            lines.Add("  + " + a[k]);
        }

        return string.Join("\n", lines);
    }
}
