namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// How a world class shares one linker per engine between the instances its <c>Instantiate(engine, ...)</c> makes:
/// the static field caching the linkers, the static field mapping each store to its import implementations (null when
/// the world needs none), and whether the world defines any imports at all.
/// </summary>
internal sealed class LinkerSharing
{
    /// <param name="linkersField">The static field caching one linker per engine.</param>
    /// <param name="importsField">The static field mapping each store to its import implementations, or null.</param>
    /// <param name="definesImports">Whether the world defines any imports.</param>
    public LinkerSharing(string linkersField, string? importsField, bool definesImports)
    {
        LinkersField = linkersField;
        ImportsField = importsField;
        DefinesImports = definesImports;
    }

    /// <summary>The static field caching one linker per engine.</summary>
    public string LinkersField { get; }

    /// <summary>The static field mapping each store to its import implementations, or null when the world needs none.</summary>
    public string? ImportsField { get; }

    /// <summary>Whether the world defines any imports at all.</summary>
    public bool DefinesImports { get; }
}
