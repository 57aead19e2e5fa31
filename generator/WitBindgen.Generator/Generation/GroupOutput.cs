using WitBindgen.CodeGen;
using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Generator.Generation;

/// <summary>
/// What one <c>&lt;Wit&gt;</c> item produced: generated files and diagnostics, compared by value. The pipeline
/// splits it into <see cref="Sources"/> and <see cref="Diagnostics"/>, which leave the generator through
/// separate outputs, so a diagnostic that only moved adds no file again.
/// </summary>
/// <param name="Root">The item's directory or .wit file.</param>
/// <param name="Mode">The binding mode, or null when the item's settings were not usable.</param>
/// <param name="Files">The generated files, ordered by hint name.</param>
/// <param name="Diagnostics">Every problem found, in a stable order.</param>
internal sealed record GroupOutput(
    string Root,
    BindingMode? Mode,
    EquatableArray<GeneratedFile> Files,
    EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>The public interfaces whose types the item declared, for the assembly's <c>WitInterface</c> attributes.</summary>
    public EquatableArray<ReusedInterface> DeclaredInterfaces { get; init; } = EquatableArray<ReusedInterface>.Empty;

    /// <summary>The exports of a guest world, which the project implements (see <see cref="ExportImplementations"/>).</summary>
    public EquatableArray<GuestExport> Exports { get; init; } = EquatableArray<GuestExport>.Empty;

    /// <summary>What the item adds to the compilation, without its diagnostics.</summary>
    public GroupSources Sources => new(Root, Mode, Files, DeclaredInterfaces);
}
