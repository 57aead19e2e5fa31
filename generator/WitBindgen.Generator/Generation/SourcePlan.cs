using WitBindgen.CodeGen;
using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Generator.Generation;

/// <summary>The files every item adds together, decided before any is added, compared by value.</summary>
/// <param name="Files">The files to add, each hint name once, in the order they are added.</param>
/// <param name="Diagnostics">
/// The problems found while choosing them (a missing runtime reference, two items generating one hint name with
/// different texts); they name items and files, not places in a .wit file.
/// </param>
internal sealed record SourcePlan(EquatableArray<GeneratedFile> Files, EquatableArray<Diagnostic> Diagnostics);
