using System.Text;
using System.Text.RegularExpressions;

namespace WitBindgen.Wit.Tests.Robustness;

/// <summary>Damages WIT text in small, reproducible ways: the same <see cref="Random"/> seed gives the same mutations.</summary>
internal static partial class WitMutator
{
    /// <summary>Characters that tend to find gaps in a lexer: controls, quotes, surrogates, invisible and wide characters.</summary>
    private static readonly char[] AwkwardCharacters =
    [
        '\0', '\t', '\r', '\n', '\u000B', ' ', '"', '\'', '\\', '/', '*', '%', '@', '<', '>', '{', '}', '(', ')', ';',
        ':', ',', '.', '=', '-', '_', '0', '9', 'a', 'Z', '\u00E9', '\u200B', '\uFEFF', '\uD800', '\uDC00', '\uFFFF',
    ];

    /// <summary>Applies <paramref name="kind"/> to <paramref name="text"/>.</summary>
    public static string Mutate(string text, MutationKind kind, Random random) => kind switch
    {
        MutationKind.FlipCharacters => FlipCharacters(text, random),
        MutationKind.Truncate => text.Substring(0, random.Next(text.Length + 1)),
        MutationKind.DropToken => DropToken(text, random),
        MutationKind.RepeatToken => RepeatToken(text, random),
        MutationKind.SwapLines => SwapLines(text, random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown mutation"),
    };

    private static string FlipCharacters(string text, Random random)
    {
        if (text.Length == 0)
        {
            return AwkwardCharacters[random.Next(AwkwardCharacters.Length)].ToString();
        }

        var chars = text.ToCharArray();
        var flips = random.Next(1, 4);
        for (var i = 0; i < flips; i++)
        {
            var at = random.Next(chars.Length);
            chars[at] = random.Next(2) == 0
                ? (char)(chars[at] ^ (1 << random.Next(8)))
                : AwkwardCharacters[random.Next(AwkwardCharacters.Length)];
        }

        return new string(chars);
    }

    private static string DropToken(string text, Random random)
    {
        var tokens = Tokens().Matches(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var token = tokens[random.Next(tokens.Count)];
        return text.Remove(token.Index, token.Length);
    }

    private static string RepeatToken(string text, Random random)
    {
        var tokens = Tokens().Matches(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var token = tokens[random.Next(tokens.Count)];
        var times = random.Next(2) == 0 ? random.Next(2, 8) : random.Next(50, 2000);
        var repeated = new StringBuilder(token.Length * (times + 1) * 2);
        for (var i = 0; i < times; i++)
        {
            repeated.Append(token.Value).Append(' ');
        }

        return text.Insert(token.Index, repeated.ToString());
    }

    private static string SwapLines(string text, Random random)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2)
        {
            return text;
        }

        var a = random.Next(lines.Length);
        var b = random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join("\n", lines);
    }

    /// <summary>A rough WIT token: a word (identifiers, keywords, numbers, versions) or any other single character.</summary>
    [GeneratedRegex(@"[\w%@.-]+|\S", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
