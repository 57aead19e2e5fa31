namespace WitBindgen.Wit.Binary.Loading;

/// <summary>One import of a core module.</summary>
/// <param name="Module">The import's module name (the instantiation argument it is taken from).</param>
/// <param name="Name">The import's field name.</param>
/// <param name="Sort">What is imported.</param>
internal sealed record CoreModuleImport(string Module, string Name, CoreSort Sort);
