using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Resolution;

/// <summary>Reads a .wit file or a package directory (with <c>deps/</c>) from disk into a <see cref="WitInput"/>.</summary>
public static class WitInputLoader
{
    /// <summary>
    /// Loads <paramref name="path"/>: a directory is a package (its <c>*.wit</c> files, and each entry of
    /// <c>deps/</c> as a dependency); a file is a package of its own. I/O problems become diagnostics.
    /// </summary>
    public static (WitInput? Input, EquatableArray<Diagnostic> Diagnostics) Load(string path, IEnumerable<string> features) =>
        throw new NotImplementedException();
}
