using System.Text;

namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// A guest path checked once, before any lookup: never absolute, never empty, no NUL byte, within the host's
/// length limits, split into its components (empty ones from repeated slashes dropped, <c>.</c> and <c>..</c>
/// kept for the walk to apply).
/// </summary>
internal sealed class SandboxPath
{
    /// <summary>The longest path in bytes the host accepts (Linux's <c>PATH_MAX</c> less its NUL).</summary>
    public const int MaxPathBytes = 4095;

    /// <summary>The longest single name in bytes (<c>NAME_MAX</c>).</summary>
    public const int MaxNameBytes = 255;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private SandboxPath(string[] components, bool trailingSlash)
    {
        Components = components;
        TrailingSlash = trailingSlash;
    }

    /// <summary>The path's components in order; never empty.</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>Whether the path ends with a slash, which asks for a directory (and follows a final link).</summary>
    public bool TrailingSlash { get; }

    /// <summary>Checks and splits a guest path, throwing the error Wasmtime's cap-std gives for the same path.</summary>
    public static SandboxPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            throw new FsException(FsErrorCode.NoEntry);
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new FsException(FsErrorCode.Invalid);
        }

        if (path[0] == '/')
        {
            throw new FsException(FsErrorCode.NotPermitted);
        }

        int bytes;
        try
        {
            bytes = StrictUtf8.GetByteCount(path);
        }
        catch (EncoderFallbackException)
        {
            throw new FsException(FsErrorCode.IllegalByteSequence);
        }

        if (bytes > MaxPathBytes)
        {
            throw new FsException(FsErrorCode.NameTooLong);
        }

        var components = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var component in components)
        {
            CheckName(component);
        }

        return new SandboxPath(components, path[^1] == '/');
    }

    /// <summary>Splits a symbolic link's text the same way, for the walk to continue through it.</summary>
    public static string[] SplitLinkTarget(string target)
    {
        if (target.Length == 0)
        {
            throw new FsException(FsErrorCode.NoEntry);
        }

        if (target[0] == '/')
        {
            throw new FsException(FsErrorCode.NotPermitted);
        }

        var components = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (target[^1] == '/')
        {
            // A link to "dir/" names a directory: keep the meaning with an explicit "." after it.
            Array.Resize(ref components, components.Length + 1);
            components[^1] = ".";
        }

        return components;
    }

    /// <summary>Throws <see cref="FsErrorCode.NameTooLong"/> for a name longer than <see cref="MaxNameBytes"/>.</summary>
    public static void CheckName(string name)
    {
        if (name.Length > MaxNameBytes / 3 && Encoding.UTF8.GetByteCount(name) > MaxNameBytes)
        {
            throw new FsException(FsErrorCode.NameTooLong);
        }
    }

    /// <summary>Decodes host bytes as strict UTF-8, or returns null when they are not valid UTF-8.</summary>
    public static string? DecodeHostName(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Encodes a checked name as NUL-terminated UTF-8 for the C library.</summary>
    public static byte[] ToNative(string name, bool trailingSlash = false)
    {
        var length = Encoding.UTF8.GetByteCount(name);
        var bytes = new byte[length + (trailingSlash ? 2 : 1)];
        Encoding.UTF8.GetBytes(name, bytes);
        if (trailingSlash)
        {
            bytes[length] = (byte)'/';
        }

        return bytes;
    }
}
