using System.CommandLine;
using System.CommandLine.Parsing;

namespace WitBindgen.Cli.Commands;

/// <summary>
/// The input path argument of the commands. The parser would otherwise take a mistyped option such as
/// <c>--featurs</c> as a path; this rejects option-like values that are not existing files, so they are usage errors.
/// </summary>
internal static class PathArgument
{
    private const string Description = "A .wit file or a package directory (its *.wit files, with dependencies under deps/).";

    /// <summary>An argument taking one or more paths.</summary>
    public static Argument<string[]> Many()
    {
        var argument = new Argument<string[]>("path") { Description = Description, Arity = ArgumentArity.OneOrMore };
        argument.Validators.Add(RejectUnknownOptions);
        return argument;
    }

    /// <summary>An argument taking exactly one path.</summary>
    public static Argument<string> Single()
    {
        var argument = new Argument<string>("path") { Description = Description };
        argument.Validators.Add(RejectUnknownOptions);
        return argument;
    }

    /// <summary>Reports option-like values that are not existing paths as unrecognized options.</summary>
    public static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            var value = token.Value;
            if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
            {
                result.AddError($"Unrecognized option '{value}'.");
            }
        }
    }
}
