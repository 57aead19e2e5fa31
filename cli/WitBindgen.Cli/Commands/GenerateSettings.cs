using WitBindgen.CodeGen;

namespace WitBindgen.Cli.Commands;

/// <summary>What <c>witbindgen generate</c> was asked to do.</summary>
/// <param name="InputPath">A .wit file, a package directory, or a component .wasm.</param>
/// <param name="World">The world to bind; null picks the only one (for a .wasm input, the component's world).</param>
/// <param name="Mode">Host or guest bindings.</param>
/// <param name="Namespace">The C# namespace; null derives it from the package name.</param>
/// <param name="Internal">Whether generated types are internal rather than public.</param>
/// <param name="Features">Features enabled for <c>@unstable</c> items.</param>
/// <param name="OutputDirectory">Where the files go.</param>
/// <param name="Force">Whether files not written by an earlier run may be overwritten.</param>
internal sealed record GenerateSettings(
    string InputPath,
    string? World,
    BindingMode Mode,
    string? Namespace,
    bool Internal,
    IReadOnlyList<string> Features,
    string OutputDirectory,
    bool Force)
{
    /// <summary>The output directory used when none is given.</summary>
    public const string DefaultOutputDirectory = "Generated";
}
