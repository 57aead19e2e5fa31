using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// Ownership checks for the compiled-component cache on Linux. Mode bits alone prove nothing: a directory another
/// user created (say under <c>/tmp</c>) stays theirs whatever its mode, and they can put files in it. So the cache
/// directory must be owned by the effective user, every directory above it by that user or root and writable by
/// nobody else (unless sticky, like <c>/tmp</c>), and every artifact is opened without following links or blocking
/// and checked on the opened descriptor (a regular file of this user that nobody else may touch).
/// </summary>
[SupportedOSPlatform("linux")]
internal static unsafe class LinuxPrivateStorage
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;
    private const int NoSuchFile = 2;
    private const int TooManyLinks = 40;
    private const int GroupOrOthersWrite = 0x12; // 022
    private const int GroupOrOthersAny = 0x3F; // 077
    private const int Sticky = 0x200; // 01000

    /// <summary>
    /// Checks that <paramref name="directory"/> (which exists) is private to the effective user: not a link, owned by
    /// them, and below directories only they or root can change. Tightens the directory to 0700 when it is theirs.
    /// </summary>
    /// <returns>Why the directory cannot hold trusted artifacts, or null when it can.</returns>
    public static string? CheckDirectory(string directory)
    {
        if (!TryGetNoFollowFlag(out var noFollow))
        {
            return $"The cache directory '{directory}' cannot be checked on {RuntimeInformation.ProcessArchitecture}; artifacts are only loaded from a directory proven private.";
        }

        var user = NativeMethods.PosixGetEffectiveUserId();
        var descriptor = Open(directory, noFollow, out var error);
        if (descriptor is null)
        {
            return error == TooManyLinks
                ? $"The cache directory '{directory}' is a symbolic link; artifacts are only loaded from a real private directory."
                : $"The cache directory '{directory}' cannot be opened: {Marshal.GetPInvokeErrorMessage(error)}.";
        }

        using (descriptor)
        {
            if (!TryStat(descriptor, out var status, out error))
            {
                return $"The cache directory '{directory}' cannot be examined: {Marshal.GetPInvokeErrorMessage(error)}.";
            }

            if (!status.IsDirectory)
            {
                return $"The cache directory '{directory}' is a {status.TypeName}, not a directory.";
            }

            if (status.Owner != user)
            {
                return $"The cache directory '{directory}' belongs to user {status.Owner}, not to this user ({user}); artifacts are only loaded from a directory of the user's own.";
            }
        }

        var real = RealPath(directory);
        if (real is null)
        {
            return $"The cache directory '{directory}' cannot be resolved to a real path.";
        }

        // Every directory above must be immune to other users, or they could rename the cache away and put their own in its place.
        for (var parent = Path.GetDirectoryName(real); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (!TryStatPath(parent, out var status, out error))
            {
                return $"'{parent}', above the cache directory '{directory}', cannot be examined: {Marshal.GetPInvokeErrorMessage(error)}.";
            }

            if (status.Owner != user && status.Owner != 0)
            {
                return $"'{parent}', above the cache directory '{directory}', belongs to user {status.Owner}, who could replace the cache; artifacts are only loaded below directories of this user or root.";
            }

            if ((status.Permissions & GroupOrOthersWrite) != 0 && (status.Permissions & Sticky) == 0)
            {
                return $"'{parent}', above the cache directory '{directory}', can be written by other users (mode {Convert.ToString(status.Permissions, 8)}), who could replace the cache; artifacts are only loaded below directories only this user or root can change.";
            }
        }

        if ((File.GetUnixFileMode(directory) & (UnixFileMode)GroupOrOthersAny) != 0)
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return null;
    }

    /// <summary>
    /// Opens an artifact for reading without following a link and without blocking (a FIFO would otherwise wait for a
    /// writer forever), then checks the opened file: a regular file of the effective user that no one else can reach.
    /// </summary>
    /// <returns>The open file, or null with a <paramref name="rejection"/> (null when there is no file).</returns>
    public static FileStream? OpenArtifact(string path, out string? rejection)
    {
        rejection = null;
        if (!TryGetNoFollowFlag(out var noFollow))
        {
            rejection = $"artifacts cannot be opened safely on {RuntimeInformation.ProcessArchitecture}";
            return null;
        }

        var handle = Open(path, noFollow, out var error);
        if (handle is null)
        {
            rejection = error switch
            {
                NoSuchFile => null,
                TooManyLinks => "the artifact is a symbolic link",
                _ => "the artifact cannot be opened: " + Marshal.GetPInvokeErrorMessage(error),
            };
            return null;
        }

        var user = NativeMethods.PosixGetEffectiveUserId();
        if (!TryStat(handle, out var status, out error))
        {
            rejection = "the artifact cannot be examined: " + Marshal.GetPInvokeErrorMessage(error);
        }
        else if (!status.IsRegularFile)
        {
            rejection = $"the artifact is a {status.TypeName}, not a regular file";
        }
        else if (status.Owner != user)
        {
            rejection = $"the artifact belongs to user {status.Owner}, not to this user ({user})";
        }
        else if ((status.Permissions & GroupOrOthersAny) != 0)
        {
            rejection = "the artifact is accessible to other users";
        }
        else if (status.Size > int.MaxValue)
        {
            rejection = "the artifact is larger than 2 GiB";
        }

        if (rejection is not null)
        {
            handle.Dispose();
            return null;
        }

        return new FileStream(handle, FileAccess.Read, bufferSize: 0);
    }

    private static bool TryGetNoFollowFlag(out int flag)
    {
        flag = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 or Architecture.X86 or Architecture.LoongArch64 or Architecture.S390x => 0x20000,
            Architecture.Arm64 or Architecture.Arm or Architecture.Armv6 or Architecture.Ppc64le => 0x8000,
            _ => 0,
        };
        return flag != 0;
    }

    private static SafeFileHandle? Open(string path, int noFollow, out int error)
    {
        var bytes = NulTerminated(path);
        fixed (byte* text = bytes)
        {
            var descriptor = NativeMethods.PosixOpen(text, ReadOnly | NonBlocking | CloseOnExec | noFollow);
            error = descriptor < 0 ? Marshal.GetLastPInvokeError() : 0;
            return descriptor < 0 ? null : new SafeFileHandle(descriptor, ownsHandle: true);
        }
    }

    private static bool TryStat(SafeFileHandle handle, out Statx status, out int error)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var empty = (byte)0;
            return Stat((int)handle.DangerousGetHandle(), &empty, AtEmptyPath, out status, out error);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    private static bool TryStatPath(string path, out Statx status, out int error)
    {
        var bytes = NulTerminated(path);
        fixed (byte* text = bytes)
        {
            return Stat(AtFdCwd, text, AtSymlinkNoFollow, out status, out error);
        }
    }

    private static bool Stat(int descriptor, byte* path, int flags, out Statx status, out int error)
    {
        Statx buffer;
        var failed = NativeMethods.PosixStatx(descriptor, path, flags, Statx.Mask, &buffer) != 0;
        error = failed ? Marshal.GetLastPInvokeError() : 0;
        status = buffer;
        if (!failed && !buffer.IsComplete)
        {
            error = 95; // EOPNOTSUPP: the file system did not report the owner or mode.
            return false;
        }

        return !failed;
    }

    private static string? RealPath(string path)
    {
        var bytes = NulTerminated(path);
        fixed (byte* text = bytes)
        {
            var resolved = NativeMethods.PosixRealPath(text, null);
            if (resolved is null)
            {
                return null;
            }

            try
            {
                return Marshal.PtrToStringUTF8((nint)resolved);
            }
            finally
            {
                NativeMethods.PosixFree(resolved);
            }
        }
    }

    private static byte[] NulTerminated(string path) => Encoding.UTF8.GetBytes(path + "\0");
}
