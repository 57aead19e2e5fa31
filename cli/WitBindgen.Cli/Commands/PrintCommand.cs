using System.CommandLine;
using WitBindgen.Wit.Printing;

namespace WitBindgen.Cli.Commands;

/// <summary>
/// <c>witbindgen print &lt;path&gt;</c>: resolves a package and writes it back as normalized WIT to standard
/// output (dependencies first); diagnostics go to standard error.
/// </summary>
internal static class PrintCommand
{
    /// <summary>Creates the command for the parser; its action calls <see cref="Execute"/>.</summary>
    public static Command Create()
    {
        var path = PathArgument.Single();
        var features = CommonOptions.Features();
        var command = new Command("print", "Resolve a WIT package and print it as normalized WIT, dependencies first.")
        {
            path,
            features,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetRequiredValue(path),
            FeatureList.Parse(parseResult.GetValue(features)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Prints the resolved package at <paramref name="path"/>.</summary>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.WitErrors"/> when the input has errors (nothing is printed then).</returns>
    public static int Execute(string path, IReadOnlyList<string> features, TextWriter stdout, TextWriter stderr)
    {
        var result = WitSource.LoadAndResolve(path, features, stderr);
        if (result.HasErrors || result.Model is null)
        {
            return ExitCodes.WitErrors;
        }

        var text = WitPrinter.Print(result.Model);
        stdout.Write(text);
        if (!text.EndsWith('\n'))
        {
            stdout.WriteLine();
        }

        return ExitCodes.Success;
    }
}
