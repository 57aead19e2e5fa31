using WitBindgen.CodeGen;
using WitBindgen.Wit;

namespace WitBindgen.Generator.Generation;

/// <summary>
/// What one <c>&lt;Wit&gt;</c> item adds to the compilation, without its diagnostics: an edit that only moves a
/// diagnostic leaves this equal, so no generated file is added again.
/// </summary>
/// <param name="Root">The item's directory or .wit file.</param>
/// <param name="Mode">The binding mode, or null when the item's settings were not usable.</param>
/// <param name="Files">The generated files, ordered by hint name.</param>
/// <param name="DeclaredInterfaces">The public interfaces whose types the item declared.</param>
internal sealed record GroupSources(
    string Root,
    BindingMode? Mode,
    EquatableArray<GeneratedFile> Files,
    EquatableArray<ReusedInterface> DeclaredInterfaces);
