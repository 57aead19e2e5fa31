using WitBindgen.Wit.IO;

namespace WitBindgen.Cli.Commands;

/// <summary>
/// Writes and inspects entries of the output directory without following symbolic links: a link there (a cloned
/// repository can ship one) is replaced, never written through, and never read.
/// </summary>
internal static class OutputEntry
{
    /// <summary>Whether anything is at <paramref name="path"/>: a file, a directory, a link (even a dangling one), a pipe.</summary>
    public static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || IsLink(path);

    /// <summary>Whether <paramref name="path"/> is a symbolic link.</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>Whether <paramref name="path"/> is a regular file itself, not a link to one, so reading it reads the output directory.</summary>
    public static bool IsOwnRegularFile(string path) => !IsLink(path) && InputFiles.IsRegularFile(path);

    /// <summary>
    /// Replaces whatever is at <paramref name="directory"/>/<paramref name="name"/> with a file holding
    /// <paramref name="bytes"/>: the bytes go to a new temporary file in the directory, which is then renamed over the
    /// name. A rename replaces a link itself, so the link's target is never touched; readers see the old or the new
    /// file, never half of one.
    /// </summary>
    public static void Replace(string directory, string name, byte[] bytes)
    {
        var path = Path.Combine(directory, name);
        var temporary = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            // CreateNew fails on anything already there, a link included, so it cannot be steered elsewhere.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
