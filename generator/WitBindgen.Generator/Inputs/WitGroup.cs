using WitBindgen.CodeGen;
using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Generator.Inputs;

/// <summary>
/// Everything needed to generate the bindings of one <c>&lt;Wit&gt;</c> item: the resolver's input, the code
/// generator's options, and any problem with the item's settings. Compared by value, so the pipeline
/// regenerates an item only when its files or settings changed.
/// </summary>
/// <param name="Root">The item's directory or .wit file, as the build passed it.</param>
/// <param name="Input">The root package's files and the <c>deps/</c> groups.</param>
/// <param name="Options">The code generator's options, or null when the settings are not usable.</param>
/// <param name="Diagnostics">Problems with the item's settings.</param>
internal sealed record WitGroup(
    string Root,
    WitInput Input,
    CodeGenOptions? Options,
    EquatableArray<Diagnostic> Diagnostics);
