namespace WitBindgen.Wit.IO;

/// <summary>
/// Reads the input files of the front end (.wit text and component binaries) safely: only regular files (a symbolic
/// link to one is followed), never a named pipe, device or socket, which could block forever or never end, and never
/// more than a size limit. Every problem is an <see cref="IOException"/> whose message completes
/// <c>cannot read '&lt;path&gt;': …</c>.
/// </summary>
public static class InputFiles
{
    /// <summary>The largest .wit file read: 64 MiB, hundreds of times the largest real WIT package.</summary>
    public const long MaxWitFileBytes = 64L * 1024 * 1024;

    /// <summary>The largest component binary read: 256 MiB, ten times the largest components seen in practice.</summary>
    public const long MaxComponentBytes = 256L * 1024 * 1024;

    /// <summary>Whether <paramref name="path"/> exists and is a regular file, or a symbolic link to one.</summary>
    public static bool IsRegularFile(string path) => File.Exists(path) && UnixFileType.DescribeSpecial(path) is null;

    /// <summary>Reads a .wit file as text (UTF-8 unless a byte order mark says otherwise), at most <see cref="MaxWitFileBytes"/>.</summary>
    /// <exception cref="IOException">The file cannot be read; the message says why.</exception>
    public static string ReadWitText(string path) => ReadText(path, MaxWitFileBytes, ".wit file");

    /// <summary>
    /// Reads a regular file as text (UTF-8 unless a byte order mark says otherwise), at most <paramref name="maxBytes"/>;
    /// <paramref name="description"/> names the kind of file in the error for a larger one.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read; the message says why.</exception>
    public static string ReadText(string path, long maxBytes, string description)
    {
        var bytes = ReadAllBytes(path, maxBytes, description);
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a component (or core module) binary, at most <see cref="MaxComponentBytes"/>.</summary>
    /// <exception cref="IOException">The file cannot be read; the message says why.</exception>
    public static byte[] ReadComponent(string path) => ReadAllBytes(path, MaxComponentBytes, "component binary");

    /// <summary>Reads the first bytes of a regular file (fewer when it is shorter); empty for anything else.</summary>
    public static byte[] ReadPrefix(string path, int count)
    {
        if (!IsRegularFile(path))
        {
            return Array.Empty<byte>();
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new byte[count];
        var read = 0;
        int n;
        while (read < count && (n = stream.Read(buffer, read, count - read)) > 0)
        {
            read += n;
        }

        Array.Resize(ref buffer, read);
        return buffer;
    }

    private static byte[] ReadAllBytes(string path, long limit, string what)
    {
        if (Directory.Exists(path))
        {
            throw new IOException("it is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException("the file does not exist", path);
        }

        if (UnixFileType.DescribeSpecial(path) is { } special)
        {
            throw new IOException($"it is not a regular file ({special})");
        }

        var tooLarge = $"it is larger than {FormatSize(limit)}, the limit for a {what}";
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        if (stream.CanSeek && stream.Length > limit)
        {
            throw new IOException(tooLarge);
        }

        // The length is only a hint (the file may grow, or report none): the loop stops one byte past the limit.
        using var content = new MemoryStream(stream.CanSeek ? (int)stream.Length : 0);
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit + 1 - content.Length))) > 0)
        {
            content.Write(buffer, 0, n);
            if (content.Length > limit)
            {
                throw new IOException(tooLarge);
            }
        }

        return content.ToArray();
    }

    private static string FormatSize(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : bytes % 1024 == 0 ? $"{bytes / 1024} KiB" : $"{bytes} bytes";
}
