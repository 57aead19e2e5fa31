using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;
using WitBindgen.Cli.Commands;

namespace WitBindgen.Cli;

/// <summary>The <c>witbindgen</c> command line: parses the arguments and runs the chosen command.</summary>
internal static class CliApplication
{
    /// <summary>Builds the root command with every subcommand; <c>--help</c> and <c>--version</c> come with it.</summary>
    public static RootCommand CreateRootCommand() =>
        new("witbindgen: work with WebAssembly Component Model WIT packages and generate C# bindings for them.")
        {
            CheckCommand.Create(),
            PrintCommand.Create(),
            InspectCommand.Create(),
            GenerateCommand.Create(),
        };

    /// <summary>
    /// Runs <c>witbindgen</c> with <paramref name="args"/>, writing to the given writers instead of the console,
    /// so that it can run in-process.
    /// </summary>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            stderr.WriteLine(UsageErrorLine(parseResult));
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parseResult.Invoke(configuration);
    }

    /// <summary>
    /// One line for every parse error together, and where to get help: the command's own help when a command
    /// was recognised.
    /// </summary>
    internal static string UsageErrorLine(ParseResult parseResult)
    {
        var messages = parseResult.Errors
            .Select(e => Regex.Replace(e.Message.Trim(), @"\s*[\r\n]+\s*", " ").TrimEnd('.'))
            .Distinct(StringComparer.Ordinal);
        var command = parseResult.CommandResult.Command;
        var help = command is RootCommand ? "witbindgen --help" : $"witbindgen {command.Name} --help";
        return $"witbindgen: {string.Join("; ", messages)}. Run '{help}' for usage.";
    }
}
