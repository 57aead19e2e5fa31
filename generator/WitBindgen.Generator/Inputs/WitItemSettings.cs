namespace WitBindgen.Generator.Inputs;

/// <summary>
/// The metadata of one <c>&lt;Wit&gt;</c> item, copied onto each of its files by the build. A null or empty
/// value means "not set on the item": the project-wide default applies.
/// </summary>
/// <param name="Root">The item's directory (with a trailing separator) or .wit file; identifies the package group.</param>
/// <param name="World">The world to generate.</param>
/// <param name="Mode">Host or Guest.</param>
/// <param name="Namespace">The C# namespace for the generated code.</param>
/// <param name="Visibility">public or internal.</param>
/// <param name="Features">Comma- or semicolon-separated features for <c>@unstable</c> gates.</param>
/// <param name="ImplementWasi"><c>true</c>: interfaces of <c>wasi:</c> packages are ordinary host imports (see <see cref="WitBindgen.CodeGen.CodeGenOptions.ImplementsWasi"/>).</param>
internal sealed record WitItemSettings(
    string Root,
    string? World,
    string? Mode,
    string? Namespace,
    string? Visibility,
    string? Features,
    string? ImplementWasi = null);
