using System.Globalization;
using System.Text;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Naming;

/// <summary>
/// Turns WIT names into C# identifiers. WIT names are kebab-case words (<c>http-request</c>, <c>HTTP-request</c>),
/// optionally written with a leading <c>%</c> to use a WIT keyword as a name.
/// </summary>
/// <remarks>
/// Words are split at <c>-</c> (any other character that cannot appear in a C# identifier also splits, so
/// desugared names such as <c>[method]file.read</c> still give something valid). Each word starts upper-case;
/// an all-upper-case word (an acronym) keeps only its first letter upper-case, so <c>HTTP-request</c> and
/// <c>http-request</c> both give <c>HttpRequest</c>; such clashes are resolved by <see cref="NameScope"/>.
/// </remarks>
internal static class CSharpNames
{
    /// <summary><c>http-request</c> -> <c>HttpRequest</c>. Never a keyword (all C# keywords are lower-case).</summary>
    public static string ToPascalCase(string witName)
    {
        var builder = new StringBuilder(witName.Length);
        foreach (var word in Words(witName))
        {
            var acronym = IsAllUpper(word);
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(acronym ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
        }

        return MakeValidStart(builder.ToString());
    }

    /// <summary><c>http-request</c> -> <c>httpRequest</c>, escaped with <c>@</c> when it is a keyword (<c>in</c> -> <c>@in</c>).</summary>
    public static string ToCamelCase(string witName)
    {
        var pascal = ToPascalCase(witName);
        var camel = char.IsUpper(pascal[0]) ? char.ToLowerInvariant(pascal[0]) + pascal.Substring(1) : pascal;
        return EscapeKeyword(camel);
    }

    /// <summary>Prefixes <c>@</c> when <paramref name="identifier"/> is a C# keyword.</summary>
    public static string EscapeKeyword(string identifier) => CSharpKeywords.IsKeyword(identifier) ? "@" + identifier : identifier;

    /// <summary>The namespace segment that tells versions of one package apart: <c>1.2.0-rc.1</c> -> <c>V1_2_0_rc_1</c>.</summary>
    public static string VersionSegment(SemVer version)
    {
        var text = string.Format(CultureInfo.InvariantCulture, "V{0}_{1}_{2}", version.Major, version.Minor, version.Patch);
        if (version.PreRelease.Length > 0)
        {
            text += "_" + Sanitize(version.PreRelease);
        }

        return text;
    }

    /// <summary>Whether <paramref name="text"/> is a plain C# identifier (letters, digits, <c>_</c>; not starting with a digit).</summary>
    public static bool IsIdentifier(string text) =>
        text.Length > 0 && !char.IsDigit(text[0]) && text.All(c => c == '_' || char.IsLetterOrDigit(c));

    private static IEnumerable<string> Words(string witName)
    {
        var start = -1;
        for (var i = 0; i <= witName.Length; i++)
        {
            var isPart = i < witName.Length && char.IsLetterOrDigit(witName[i]);
            if (isPart && start < 0)
            {
                start = i;
            }
            else if (!isPart && start >= 0)
            {
                yield return witName.Substring(start, i - start);
                start = -1;
            }
        }
    }

    private static bool IsAllUpper(string word) => word.Length > 1 && word.Any(char.IsLetter) && !word.Any(char.IsLower);

    private static string MakeValidStart(string name) =>
        name.Length == 0 ? "_" : char.IsDigit(name[0]) ? "_" + name : name;

    private static string Sanitize(string text) => new(text.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}
