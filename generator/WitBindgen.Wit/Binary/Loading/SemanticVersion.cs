namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// A semantic version (<c>major.minor.patch[-pre][+build]</c>) parsed and ordered as the Rust <c>semver</c> crate does,
/// which Wasmtime uses to match versioned export names.
/// </summary>
internal sealed class SemanticVersion : IComparable<SemanticVersion>
{
    private SemanticVersion(ulong major, ulong minor, ulong patch, string preRelease, string build)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        PreRelease = preRelease;
        Build = build;
    }

    /// <summary>The major version.</summary>
    public ulong Major { get; }

    /// <summary>The minor version.</summary>
    public ulong Minor { get; }

    /// <summary>The patch version.</summary>
    public ulong Patch { get; }

    /// <summary>The pre-release tag without its <c>-</c>, empty when there is none.</summary>
    public string PreRelease { get; }

    /// <summary>The build metadata without its <c>+</c>, empty when there is none.</summary>
    public string Build { get; }

    /// <summary>Whether the version has a pre-release tag.</summary>
    public bool HasPreRelease => PreRelease.Length > 0;

    /// <summary>
    /// Parses <paramref name="text"/>; null unless it is a whole semantic version: three numbers without leading zeros,
    /// then an optional pre-release tag and optional build metadata of nonempty dot-separated ASCII alphanumeric or
    /// <c>-</c> identifiers (numeric pre-release identifiers without leading zeros).
    /// </summary>
    public static SemanticVersion? Parse(string text)
    {
        var plus = text.IndexOf('+');
        var build = plus < 0 ? string.Empty : text.Substring(plus + 1);
        var core = plus < 0 ? text : text.Substring(0, plus);
        var dash = core.IndexOf('-');
        var preRelease = dash < 0 ? string.Empty : core.Substring(dash + 1);
        var numbers = (dash < 0 ? core : core.Substring(0, dash)).Split('.');
        if (numbers.Length != 3
            || !TryParseNumber(numbers[0], out var major)
            || !TryParseNumber(numbers[1], out var minor)
            || !TryParseNumber(numbers[2], out var patch)
            || (dash >= 0 && !AreIdentifiers(preRelease, numericWithoutLeadingZeros: true))
            || (plus >= 0 && !AreIdentifiers(build, numericWithoutLeadingZeros: false)))
        {
            return null;
        }

        return new SemanticVersion(major, minor, patch, preRelease, build);
    }

    /// <summary>Orders by major, minor, patch, pre-release (none after any), then build metadata, as the semver crate does.</summary>
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = Major.CompareTo(other.Major);
        order = order != 0 ? order : Minor.CompareTo(other.Minor);
        order = order != 0 ? order : Patch.CompareTo(other.Patch);
        if (order != 0)
        {
            return order;
        }

        if (HasPreRelease != other.HasPreRelease)
        {
            return HasPreRelease ? -1 : 1;
        }

        order = CompareIdentifiers(PreRelease, other.PreRelease);
        return order != 0 ? order : CompareIdentifiers(Build, other.Build);
    }

    private static bool TryParseNumber(string text, out ulong value)
    {
        value = 0;
        if (text.Length == 0 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9' || value > (ulong.MaxValue - (ulong)(c - '0')) / 10)
            {
                return false;
            }

            value = (value * 10) + (ulong)(c - '0');
        }

        return true;
    }

    private static bool AreIdentifiers(string text, bool numericWithoutLeadingZeros)
    {
        foreach (var identifier in text.Split('.'))
        {
            if (identifier.Length == 0)
            {
                return false;
            }

            foreach (var c in identifier)
            {
                if (!(c is (>= '0' and <= '9') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '-'))
                {
                    return false;
                }
            }

            if (numericWithoutLeadingZeros && IsNumeric(identifier) && identifier.Length > 1 && identifier[0] == '0')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Compares dot-separated identifiers: numeric ones by value (then by length, so <c>1 &lt; 01</c>), before
    /// alphanumeric ones, which compare ordinally; a longer list after its prefix; empty before anything.
    /// </summary>
    private static int CompareIdentifiers(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return left.Length.CompareTo(right.Length);
        }

        var lefts = left.Split('.');
        var rights = right.Split('.');
        for (var i = 0; i < lefts.Length; i++)
        {
            if (i == rights.Length)
            {
                return 1;
            }

            var order = CompareIdentifier(lefts[i], rights[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return lefts.Length == rights.Length ? 0 : -1;
    }

    private static int CompareIdentifier(string left, string right)
    {
        var (leftNumeric, rightNumeric) = (IsNumeric(left), IsNumeric(right));
        if (leftNumeric != rightNumeric)
        {
            return leftNumeric ? -1 : 1;
        }

        if (!leftNumeric)
        {
            return string.CompareOrdinal(left, right);
        }

        var (leftValue, rightValue) = (left.TrimStart('0'), right.TrimStart('0'));
        var order = leftValue.Length.CompareTo(rightValue.Length);
        order = order != 0 ? order : string.CompareOrdinal(leftValue, rightValue);
        return order != 0 ? order : left.Length.CompareTo(right.Length);
    }

    private static bool IsNumeric(string identifier)
    {
        foreach (var c in identifier)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
