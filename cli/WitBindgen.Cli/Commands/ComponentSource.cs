using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.IO;

namespace WitBindgen.Cli.Commands;

/// <summary>Reads a component .wasm file and decodes it into a resolved model, reporting problems as one line each.</summary>
internal static class ComponentSource
{
    /// <summary>Whether <paramref name="path"/> names a WebAssembly binary: a <c>.wasm</c> file, or a file starting with <c>\0asm</c>.</summary>
    public static bool IsBinaryPath(string path)
    {
        if (path.EndsWith(".wasm", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            return ComponentWit.IsWasmBinary(InputFiles.ReadPrefix(path, 4));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads and decodes the component at <paramref name="path"/>. Errors are written to <paramref name="stderr"/>
    /// as <c>path: error WIT04xx: message</c>.
    /// </summary>
    /// <returns>The decoded model and world name, or null when the file could not be read or decoded.</returns>
    public static ComponentWitResult? Read(string path, TextWriter stderr)
    {
        byte[] bytes;
        try
        {
            bytes = InputFiles.ReadComponent(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : e.Message;
            stderr.WriteLine(Diagnostic.Create(WitDiagnostics.CannotRead, null, path, reason).ToString());
            return null;
        }

        var result = ComponentWit.Decode(bytes, Path.GetFileName(path));
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(path + ": " + diagnostic);
        }

        return result.Model is null ? null : result;
    }
}
