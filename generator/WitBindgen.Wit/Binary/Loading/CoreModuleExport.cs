namespace WitBindgen.Wit.Binary.Loading;

/// <summary>One export of a core module.</summary>
/// <param name="Name">The export's name.</param>
/// <param name="Sort">What is exported.</param>
internal sealed record CoreModuleExport(string Name, CoreSort Sort);
