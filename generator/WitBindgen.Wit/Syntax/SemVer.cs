using System.Text;

namespace WitBindgen.Wit.Syntax;

/// <summary>A semantic version (https://semver.org), with pre-release and build metadata.</summary>
/// <param name="Major">Major version.</param>
/// <param name="Minor">Minor version.</param>
/// <param name="Patch">Patch version.</param>
/// <param name="PreRelease">Pre-release identifiers after <c>-</c>, or empty.</param>
/// <param name="Build">Build metadata after <c>+</c>, or empty.</param>
public sealed record SemVer(ulong Major, ulong Minor, ulong Patch, string PreRelease, string Build) : IComparable<SemVer>
{
    /// <summary>Parses a version such as <c>1.2.3-rc.1+build.5</c>; returns null when it is not valid semver.</summary>
    public static SemVer? TryParse(string text)
    {
        var build = string.Empty;
        var plus = text.IndexOf('+');
        if (plus >= 0)
        {
            build = text.Substring(plus + 1);
            text = text.Substring(0, plus);
            if (!ValidIdentifiers(build, numericRule: false))
            {
                return null;
            }
        }

        var pre = string.Empty;
        var dash = text.IndexOf('-');
        if (dash >= 0)
        {
            pre = text.Substring(dash + 1);
            text = text.Substring(0, dash);
            if (!ValidIdentifiers(pre, numericRule: true))
            {
                return null;
            }
        }

        var parts = text.Split('.');
        if (parts.Length != 3 || !TryNumber(parts[0], out var major) || !TryNumber(parts[1], out var minor) || !TryNumber(parts[2], out var patch))
        {
            return null;
        }

        return new SemVer(major, minor, patch, pre, build);
    }

    /// <summary>Semver precedence (build metadata ignored).</summary>
    public int CompareTo(SemVer? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = Major.CompareTo(other.Major);
        if (c == 0)
        {
            c = Minor.CompareTo(other.Minor);
        }

        if (c == 0)
        {
            c = Patch.CompareTo(other.Patch);
        }

        if (c != 0)
        {
            return c;
        }

        if (PreRelease.Length == 0 || other.PreRelease.Length == 0)
        {
            return (PreRelease.Length == 0 ? 1 : 0) - (other.PreRelease.Length == 0 ? 1 : 0);
        }

        var a = PreRelease.Split('.');
        var b = other.PreRelease.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var an = ulong.TryParse(a[i], out var av);
            var bn = ulong.TryParse(b[i], out var bv);
            c = an && bn ? av.CompareTo(bv) : an ? -1 : bn ? 1 : string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Major).Append('.').Append(Minor).Append('.').Append(Patch);
        if (PreRelease.Length > 0)
        {
            sb.Append('-').Append(PreRelease);
        }

        if (Build.Length > 0)
        {
            sb.Append('+').Append(Build);
        }

        return sb.ToString();
    }

    private static bool TryNumber(string s, out ulong value)
    {
        value = 0;
        if (s.Length == 0 || (s.Length > 1 && s[0] == '0'))
        {
            return false;
        }

        foreach (var ch in s)
        {
            if (ch < '0' || ch > '9')
            {
                return false;
            }
        }

        return ulong.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    private static bool ValidIdentifiers(string s, bool numericRule)
    {
        foreach (var id in s.Split('.'))
        {
            if (id.Length == 0)
            {
                return false;
            }

            var allDigits = true;
            foreach (var ch in id)
            {
                var ok = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-';
                if (!ok)
                {
                    return false;
                }

                allDigits &= ch >= '0' && ch <= '9';
            }

            if (numericRule && allDigits && id.Length > 1 && id[0] == '0')
            {
                return false;
            }
        }

        return true;
    }
}
