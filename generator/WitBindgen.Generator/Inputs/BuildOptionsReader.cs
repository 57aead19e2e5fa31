using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WitBindgen.Generator.Inputs;

/// <summary>Turns what the compiler hands the generator into the pipeline's value models.</summary>
internal static class BuildOptionsReader
{
    /// <summary>
    /// Reads an additional file that belongs to a <c>&lt;Wit&gt;</c> item; returns null for any other
    /// additional file (one without <c>WitRoot</c> metadata) and for a file whose text cannot be read.
    /// </summary>
    public static WitFile? ReadFile(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var metadata = options.GetOptions(file);
        if (Get(metadata, BuildOptionNames.Root) is not { } root)
        {
            return null;
        }

        if (file.GetText(cancellationToken) is not { } text)
        {
            return null;
        }

        var settings = new WitItemSettings(
            root,
            Get(metadata, BuildOptionNames.World),
            Get(metadata, BuildOptionNames.Mode),
            Get(metadata, BuildOptionNames.Namespace),
            Get(metadata, BuildOptionNames.Visibility),
            Get(metadata, BuildOptionNames.Features),
            Get(metadata, BuildOptionNames.ImplementWasi));
        return new WitFile(file.Path, text.ToString(), settings);
    }

    /// <summary>Reads the project-wide defaults.</summary>
    public static ProjectDefaults ReadDefaults(AnalyzerConfigOptionsProvider options)
    {
        var global = options.GlobalOptions;
        return new ProjectDefaults(
            Get(global, BuildOptionNames.DefaultMode),
            Get(global, BuildOptionNames.DefaultNamespace),
            Get(global, BuildOptionNames.DefaultVisibility),
            Get(global, BuildOptionNames.DefaultFeatures));
    }

    /// <summary>Whether the project reuses referenced types: anything but <c>false</c> (the default is to reuse).</summary>
    public static bool ReadReuseTypes(AnalyzerConfigOptionsProvider options) =>
        !string.Equals(Get(options.GlobalOptions, BuildOptionNames.ReuseTypes), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>A value, or null when absent or blank (MSBuild passes unset metadata as an empty string).</summary>
    private static string? Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
