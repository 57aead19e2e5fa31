using System.Text.RegularExpressions;

namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>
/// One case of wit-parser's <c>parse-fail</c> suite: its input files and the error wit-parser reports
/// (message and <c>file:line:col</c>), read from the <c>.wit.result</c> file.
/// </summary>
/// <param name="Name">The case name (file name without <c>.wit</c>, or directory name).</param>
/// <param name="Directory">The parse-fail directory.</param>
/// <param name="Message">The expected message, without wit-parser's directory-context prefixes.</param>
/// <param name="File">The expected file, relative to the parse-fail directory; null when the error has no location.</param>
/// <param name="Line">The expected 1-based line.</param>
/// <param name="Column">The expected 1-based column.</param>
/// <param name="Inputs">The .wit files of the case (absolute paths).</param>
internal sealed record ParseFailCase(string Name, string Directory, string Message, string? File, int Line, int Column, string[] Inputs)
{
    // Messages of errors the parser itself reports; every other expected error is the resolver's.
    private static readonly string[] SyntaxMessagePrefixes =
    {
        "expected ",
        "unexpected character",
        "unterminated",
        "invalid character in identifier",
        "identifiers must have characters between",
        "type nesting too deep",
        "package nesting too deep",
        "nested packages must be placed at the top-level",
        "cannot place attributes on nested packages",
        "unknown attribute",
        "Control code",
        "Codepoint",
        "Input contains bidirectional",
    };

    private static readonly Regex ArrowLocation = new(@"-->\s+tests/ui/parse-fail/(?<file>[^\s:]+):(?<line>\d+):(?<col>\d+)", RegexOptions.CultureInvariant);
    private static readonly Regex PrefixLocation = new(@"^tests/ui/parse-fail/(?<file>[^\s:]+):(?<line>\d+):(?<col>\d+): (?<message>.*)$", RegexOptions.CultureInvariant);

    /// <summary>Whether the expected error is a syntax error, which the parser must report.</summary>
    public bool IsSyntaxError => File is not null && SyntaxMessagePrefixes.Any(p => Message.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Reads a case from the text of its <c>.wit.result</c> file.</summary>
    public static ParseFailCase Read(string name, string directory, string result, string[] inputs)
    {
        var firstLine = result.Replace("\r\n", "\n").Split('\n')[0].Trim();
        string? file = null;
        int line = 0, column = 0;
        if (PrefixLocation.Match(firstLine) is { Success: true } prefixed)
        {
            file = prefixed.Groups["file"].Value;
            line = int.Parse(prefixed.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
            column = int.Parse(prefixed.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture);
            firstLine = prefixed.Groups["message"].Value;
        }
        else if (ArrowLocation.Match(result) is { Success: true } arrow)
        {
            file = arrow.Groups["file"].Value;
            line = int.Parse(arrow.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
            column = int.Parse(arrow.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return new ParseFailCase(name, directory, StripContext(firstLine), file, line, column, inputs);
    }

    /// <inheritdoc />
    public override string ToString() => File is null ? $"{Name}: {Message}" : $"{Name}: {File}:{Line}:{Column}: {Message}";

    // Directory cases carry wit-parser's context: "failed to … [path]: failed to parse package: path: message".
    private static string StripContext(string message)
    {
        const string DirectoryContext = "failed to resolve directory while parsing WIT for path [";
        if (message.StartsWith(DirectoryContext, StringComparison.Ordinal))
        {
            message = message.Substring(message.IndexOf("]: ", StringComparison.Ordinal) + 3);
        }

        const string PackageContext = "failed to parse package: ";
        if (message.StartsWith(PackageContext, StringComparison.Ordinal))
        {
            message = message.Substring(PackageContext.Length);
            message = message.Substring(message.IndexOf(": ", StringComparison.Ordinal) + 2);
        }

        return message;
    }
}
