using System.CommandLine;
using WitBindgen.CodeGen;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.Cli.Commands;

/// <summary>
/// <c>witbindgen generate &lt;path&gt;</c>: writes the C# bindings the source generator would produce, one file per
/// generated source, into an output directory. Files are overwritten (or removed when no longer generated) only when
/// the directory's <see cref="OutputManifest"/> lists them, unless <c>--force</c> is given.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>Creates the command for the parser; its action calls <see cref="Execute"/>.</summary>
    public static Command Create()
    {
        var path = new Argument<string>("path")
        {
            Description = "A .wit file, a WIT package directory (with dependencies under deps/), or a component .wasm.",
        };
        path.Validators.Add(PathArgument.RejectUnknownOptions);
        var world = new Option<string>("--world") { Description = "The world to generate bindings for: a plain name or namespace:package/world. Needed when the package has several.", HelpName = "name" };
        var mode = new Option<string>("--mode") { Description = "Bindings for a host that runs the component, or for a guest that is the component.", DefaultValueFactory = _ => "host" };
        mode.AcceptOnlyFromAmong("host", "guest");
        var ns = new Option<string>("--namespace") { Description = "The C# namespace of the generated code (default: from the package name).", HelpName = "name" };
        var visibility = new Option<string>("--visibility") { Description = "The accessibility of the generated types.", DefaultValueFactory = _ => "public" };
        visibility.AcceptOnlyFromAmong("public", "internal");
        var features = CommonOptions.Features();
        var output = new Option<string>("--out") { Description = "The directory to write the files to.", HelpName = "dir", DefaultValueFactory = _ => GenerateSettings.DefaultOutputDirectory };
        var force = new Option<bool>("--force") { Description = "Overwrite files in the output directory even if witbindgen did not write them." };
        var command = new Command("generate", "Generate C# bindings for a WIT world (or a component's world) into a directory.")
        {
            path, world, mode, ns, visibility, features, output, force,
        };
        command.SetAction(parseResult => Execute(
            new GenerateSettings(
                parseResult.GetRequiredValue(path),
                parseResult.GetValue(world),
                parseResult.GetValue(mode) == "guest" ? BindingMode.Guest : BindingMode.Host,
                parseResult.GetValue(ns),
                parseResult.GetValue(visibility) == "internal",
                FeatureList.Parse(parseResult.GetValue(features)),
                parseResult.GetValue(output) ?? GenerateSettings.DefaultOutputDirectory,
                parseResult.GetValue(force)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Generates and writes the bindings.</summary>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.WitErrors"/> when the input has errors or the files cannot be written.</returns>
    public static int Execute(GenerateSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var (model, world) = LoadModel(settings, stderr);
        if (model is null)
        {
            return ExitCodes.WitErrors;
        }

        // A model decoded from a component has no lines to point at, so its diagnostics name the component instead.
        var unlocated = ComponentSource.IsBinaryPath(settings.InputPath) ? settings.InputPath + ": " : string.Empty;
        var result = CSharpGenerator.Generate(model, new CodeGenOptions(world, settings.Mode, settings.Namespace, settings.Internal));
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine((diagnostic.Location is null ? unlocated : string.Empty) + diagnostic);
        }

        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ExitCodes.WitErrors;
        }

        return GeneratedFileWriter.Write(settings.OutputDirectory, result.Files, settings.Force, stdout, stderr);
    }

    /// <summary>Resolves the input: WIT as the other commands read it, or the model decoded from a component.</summary>
    private static (WitModel? Model, string? World) LoadModel(GenerateSettings settings, TextWriter stderr)
    {
        if (!ComponentSource.IsBinaryPath(settings.InputPath))
        {
            var resolved = WitSource.LoadAndResolve(settings.InputPath, settings.Features, stderr);
            return (resolved.HasErrors ? null : resolved.Model, settings.World);
        }

        var decoded = ComponentSource.Read(settings.InputPath, stderr);
        return (decoded?.Model, settings.World ?? decoded?.WorldName);
    }
}
