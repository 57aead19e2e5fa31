using System.CommandLine;

namespace WitBindgen.Cli.Commands;

/// <summary>
/// <c>witbindgen inspect &lt;component.wasm&gt;</c>: prints a component's imports and exports as WIT, decoded from
/// the component binary's own type information.
/// </summary>
internal static class InspectCommand
{
    /// <summary>Creates the command for the parser; its action calls <see cref="Execute"/>.</summary>
    public static Command Create()
    {
        var path = new Argument<string>("component") { Description = "A WebAssembly component (.wasm)." };
        path.Validators.Add(PathArgument.RejectUnknownOptions);
        var command = new Command("inspect", "Print a component's imports and exports as WIT, decoded from the component binary.")
        {
            path,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetRequiredValue(path),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Decodes the component at <paramref name="path"/> and writes its WIT, as <c>print</c> writes a model, to <paramref name="stdout"/>.</summary>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.WitErrors"/> when the file cannot be read or decoded.</returns>
    public static int Execute(string path, TextWriter stdout, TextWriter stderr)
    {
        var wit = ComponentSource.Read(path, stderr);
        if (wit is null)
        {
            return ExitCodes.WitErrors;
        }

        stdout.Write(wit.WitText);
        return ExitCodes.Success;
    }
}
