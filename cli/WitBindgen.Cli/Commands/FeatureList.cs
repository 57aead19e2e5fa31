namespace WitBindgen.Cli.Commands;

/// <summary>Turns the values of <c>--features</c> (comma-separated, and repeatable) into one list.</summary>
internal static class FeatureList
{
    /// <summary>Splits each value on commas, trims the parts and drops empty ones and duplicates, keeping order.</summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string>? values)
    {
        var features = new List<string>();
        if (values is null)
        {
            return features;
        }

        foreach (var value in values)
        {
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!features.Contains(part, StringComparer.Ordinal))
                {
                    features.Add(part);
                }
            }
        }

        return features;
    }
}
