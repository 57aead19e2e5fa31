namespace WitBindgen.Wit.Binary.Loading;

/// <summary>What one import of a core module is given when it is instantiated.</summary>
/// <param name="Import">The module's import.</param>
/// <param name="Definition">The definition satisfying it.</param>
internal sealed record CoreImportBinding(CoreModuleImport Import, CoreDefinition Definition);
