namespace WitBindgen.Cli.Tests;

/// <summary>A fresh temporary directory for .wit files, deleted on dispose.</summary>
internal sealed class TempWitDirectory : IDisposable
{
    public TempWitDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "witbindgen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The absolute path of the directory.</summary>
    public string Path { get; }

    /// <summary>Writes a file (creating its directories) and returns its absolute path.</summary>
    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary directory is harmless.
        }
    }
}
