namespace WitBindgen.Generator.Inputs;

/// <summary>
/// One .wit file a <c>&lt;Wit&gt;</c> item brought in as an additional file: its path and text, and the item's
/// settings as the build passed them. Holds only values, so the pipeline can compare and cache it.
/// </summary>
/// <param name="Path">The path the compiler reported for the file.</param>
/// <param name="Text">The file's text.</param>
/// <param name="Item">The settings of the <c>&lt;Wit&gt;</c> item the file belongs to.</param>
internal sealed record WitFile(string Path, string Text, WitItemSettings Item);
