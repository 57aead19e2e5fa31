namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// How a world class shares one linker per engine between the instances its <c>Instantiate(engine, ...)</c> makes:
/// the static field caching the linkers, the static field mapping each store to its import implementations (null when
/// the world needs none), and whether the world defines any imports at all.
/// </summary>
internal readonly record struct LinkerSharing(string LinkersField, string? ImportsField, bool DefinesImports);
