using System.CommandLine;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.Cli.Commands;

/// <summary>
/// <c>witbindgen check &lt;path&gt;...</c>: reads and resolves each path, prints every diagnostic to standard
/// error and one summary line per path to standard output.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Creates the command for the parser; its action calls <see cref="Execute"/>.</summary>
    public static Command Create()
    {
        var paths = PathArgument.Many();
        var features = CommonOptions.Features();
        var command = new Command("check", "Check WIT packages for errors and report them in MSBuild form.")
        {
            paths,
            features,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetRequiredValue(paths),
            FeatureList.Parse(parseResult.GetValue(features)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Checks each path in turn.</summary>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.WitErrors"/> when any path has an error.</returns>
    public static int Execute(IReadOnlyList<string> paths, IReadOnlyList<string> features, TextWriter stdout, TextWriter stderr)
    {
        var exitCode = ExitCodes.Success;
        foreach (var path in paths)
        {
            var result = WitSource.LoadAndResolve(path, features, stderr);
            var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            if (result.HasErrors || result.Model is null)
            {
                var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                stdout.WriteLine($"failed: {path} ({Summary.Join(Summary.Count(errors, "error"), WarningsPart(warnings))})");
                exitCode = ExitCodes.WitErrors;
            }
            else
            {
                stdout.WriteLine($"ok: {path} ({Summary.Join(Describe(result.Model), WarningsPart(warnings))})");
            }
        }

        return exitCode;
    }

    private static string Describe(WitModel model) => Summary.Join(
        Summary.Count(model.Packages.Count, "package"),
        Summary.Count(model.Packages.Sum(p => p.Interfaces.Count), "interface"),
        Summary.Count(model.Worlds.Count, "world"));

    private static string? WarningsPart(int warnings) => warnings == 0 ? null : Summary.Count(warnings, "warning");
}
