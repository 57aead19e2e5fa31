using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// A descriptor over a host file or directory (Linux). Paths are resolved beneath it by
/// <c>openat2(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS)</c> where the kernel has it, else (and to tell which error
/// a refused path gets) by the component-wise walk; reads go to <c>pread(2)</c>, writes through <see cref="RandomAccess"/>.
/// </summary>
internal sealed partial class HostDescriptor : SandboxDescriptor
{
    private const uint CreateMode = 0x1B6; // 0666, less the process's umask
    private const uint DirectoryMode = 0x1FF; // 0777, less the process's umask

    private static bool s_openat2 = true;

    private readonly SafeFileHandle _handle;
    private readonly bool _openat2;

    private HostDescriptor(SafeFileHandle handle, SandboxGrant grant, bool isDirectory, bool readable, bool writable, bool openat2)
        : base(grant, isDirectory, readable, writable)
    {
        _handle = handle;
        _openat2 = openat2;
    }

    private int Descriptor => (int)_handle.DangerousGetHandle();

    /// <summary>Opens the host directory <paramref name="hostPath"/> as a preopen's root.</summary>
    /// <param name="hostPath">The directory.</param>
    /// <param name="readOnly">Whether the guest may change nothing beneath it.</param>
    /// <param name="openat2">Whether opens may take the kernel's <c>openat2</c> path (tests turn it off to run the walk alone).</param>
    /// <exception cref="PlatformNotSupportedException">The host sandbox does not run on this system.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist or cannot be opened.</exception>
    public static unsafe HostDescriptor OpenPreopen(string hostPath, bool readOnly, bool openat2 = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostPath);
        if (!HostConstants.IsSupported)
        {
            throw new PlatformNotSupportedException("The WASI host directory sandbox runs on Linux (x64 and arm64) only.");
        }

        var native = SandboxPath.ToNative(hostPath);
        int descriptor;
        fixed (byte* pointer = native)
        {
            descriptor = HostLibc.OpenAt(-100, pointer, HostConstants.ReadOnly | HostConstants.Directory | HostConstants.CloseOnExec, 0);
        }

        if (descriptor < 0)
        {
            throw new DirectoryNotFoundException($"Cannot preopen the directory '{hostPath}': it does not exist, is not a directory or cannot be opened.");
        }

        return new HostDescriptor(new SafeFileHandle(descriptor, ownsHandle: true), new SandboxGrant(readOnly), isDirectory: true, readable: true, writable: !readOnly, openat2);
    }

    protected override unsafe SandboxDescriptor OpenAtCore(SandboxPath path, bool follow, FsOpenFlags openFlags, bool read, bool write)
    {
        var flags = (read && write ? HostConstants.ReadWrite : write ? HostConstants.WriteOnly : HostConstants.ReadOnly) | HostConstants.CloseOnExec;
        if ((openFlags & FsOpenFlags.Create) != 0)
        {
            if (path.TrailingSlash)
            {
                throw new FsException(FsErrorCode.IsDirectory);
            }

            flags |= HostConstants.Create | ((openFlags & FsOpenFlags.Exclusive) != 0 ? HostConstants.Exclusive : 0);
        }

        if ((openFlags & FsOpenFlags.Truncate) != 0)
        {
            flags |= HostConstants.Truncate;
        }

        var descriptor = -1;
        if (_openat2 && s_openat2 && !path.TrailingSlash)
        {
            var how = new HostLibc.OpenHow
            {
                Flags = (ulong)(flags | (follow ? 0 : HostConstants.NoFollow)),
                Mode = (flags & HostConstants.Create) != 0 ? CreateMode : 0,
                Resolve = HostConstants.ResolveBeneath | HostConstants.ResolveNoMagicLinks,
            };
            var whole = SandboxPath.ToNative(string.Join('/', path.Components));
            fixed (byte* pointer = whole)
            {
                descriptor = (int)HostLibc.Syscall(HostConstants.Openat2SyscallNumber, Descriptor, pointer, &how, (nuint)sizeof(HostLibc.OpenHow));
            }

            if (descriptor < 0 && Marshal.GetLastPInvokeError() == HostErrno.NoSystemCall)
            {
                s_openat2 = false;
            }

            // Any other failure is retried by the walk, which gives the error Wasmtime gives (an escape is
            // not-permitted there, where openat2 says only that it crossed a boundary).
        }

        if (descriptor < 0)
        {
            using var location = Resolve(path, follow);
            var name = location.NativeName(withTrailingSlash: false);
            fixed (byte* pointer = name)
            {
                descriptor = HostLibc.OpenAt(location.Directory, pointer, flags | HostConstants.NoFollow, CreateMode);
            }

            if (descriptor < 0)
            {
                throw HostErrno.Last();
            }
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            var isDirectory = StatxAt(descriptor, [0], HostConstants.EmptyPath).Type == FsDescriptorType.Directory;
            if (!isDirectory && ((openFlags & FsOpenFlags.Directory) != 0 || path.TrailingSlash))
            {
                throw new FsException(FsErrorCode.NotDirectory);
            }

            return new HostDescriptor(handle, Grant, isDirectory, read, write, _openat2);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    // pread(2) itself: one native call, the kernel's errno mapped as Wasmtime maps it (a pipe beneath the preopen,
    // which cannot be read at an offset, fails with invalid-seek).
    protected override unsafe int ReadCore(Span<byte> buffer, long offset)
    {
        fixed (byte* data = buffer)
        {
            while (true)
            {
                var count = HostLibc.PRead(_handle, data, (nuint)buffer.Length, offset);
                if (count >= 0)
                {
                    return (int)count;
                }

                var errno = Marshal.GetLastPInvokeError();
                if (errno != HostErrno.Interrupted)
                {
                    throw new FsException(HostErrno.ToErrorCode(errno));
                }
            }
        }
    }

    protected override int WriteCore(ReadOnlySpan<byte> data, long offset)
    {
        try
        {
            RandomAccess.Write(_handle, data, offset);
            return data.Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw Translate(exception);
        }
    }

    protected override void SetSizeCore(long size)
    {
        if (HostLibc.Ftruncate(Descriptor, size) != 0)
        {
            throw HostErrno.Last();
        }
    }

    protected override void SyncCore(bool dataOnly)
    {
        if ((dataOnly ? HostLibc.Fdatasync(Descriptor) : HostLibc.Fsync(Descriptor)) != 0)
        {
            throw HostErrno.Last();
        }
    }

    protected override FsStat StatCore() => StatxAt(Descriptor, [0], HostConstants.EmptyPath).ToStat();

    protected override FsStat StatAtCore(SandboxPath path, bool follow)
    {
        using var location = Resolve(path, follow);
        return StatFinal(location).ToStat();
    }

    protected override unsafe void SetTimesCore(FsNewTimestamp access, FsNewTimestamp modification)
    {
        var times = stackalloc HostTimespec[2] { HostTimespec.From(access), HostTimespec.From(modification) };
        if (HostLibc.Futimens(Descriptor, times) != 0)
        {
            throw HostErrno.Last();
        }
    }

    protected override unsafe void SetTimesAtCore(SandboxPath path, bool follow, FsNewTimestamp access, FsNewTimestamp modification)
    {
        var times = stackalloc HostTimespec[2] { HostTimespec.From(access), HostTimespec.From(modification) };
        using var location = Resolve(path, follow);
        if (location.TrailingSlash)
        {
            StatFinal(location);
        }

        var name = location.NativeName(withTrailingSlash: false);
        fixed (byte* pointer = name)
        {
            if (HostLibc.UtimensAt(location.Directory, pointer, times, HostConstants.SymlinkNoFollow) != 0)
            {
                throw HostErrno.Last();
            }
        }
    }

    protected override IReadOnlyList<FsDirectoryEntry> ReadDirectoryCore() => ListDirectory(Descriptor);

    protected override unsafe void CreateDirectoryAtCore(SandboxPath path)
    {
        using var location = Resolve(path, followFinal: false);
        var name = location.NativeName(withTrailingSlash: true);
        fixed (byte* pointer = name)
        {
            if (HostLibc.MkdirAt(location.Directory, pointer, DirectoryMode) != 0)
            {
                throw HostErrno.Last();
            }
        }
    }

    protected override void RemoveDirectoryAtCore(SandboxPath path) => Unlink(path, HostConstants.RemoveDirectory);

    protected override void UnlinkFileAtCore(SandboxPath path) => Unlink(path, 0);

    protected override unsafe void RenameAtCore(SandboxPath oldPath, SandboxDescriptor newDirectory, SandboxPath newPath)
    {
        var target = newDirectory as HostDescriptor ?? throw new FsException(FsErrorCode.CrossDevice);
        using var from = Resolve(oldPath, followFinal: false);
        using var to = target.Resolve(newPath, followFinal: false);
        var fromName = from.NativeName(withTrailingSlash: true);
        var toName = to.NativeName(withTrailingSlash: true);
        fixed (byte* fromPointer = fromName)
        fixed (byte* toPointer = toName)
        {
            if (HostLibc.RenameAt(from.Directory, fromPointer, to.Directory, toPointer) != 0)
            {
                throw HostErrno.Last();
            }
        }
    }

    protected override unsafe void SymlinkAtCore(string target, SandboxPath path)
    {
        using var location = Resolve(path, followFinal: false);
        var name = location.NativeName(withTrailingSlash: true);
        var text = SandboxPath.ToNative(target);
        fixed (byte* textPointer = text)
        fixed (byte* pointer = name)
        {
            if (HostLibc.SymlinkAt(textPointer, location.Directory, pointer) != 0)
            {
                throw HostErrno.Last();
            }
        }
    }

    protected override unsafe string ReadlinkAtCore(SandboxPath path)
    {
        using var location = Resolve(path, followFinal: false);
        var name = location.NativeName(withTrailingSlash: false);
        var buffer = new byte[SandboxPath.MaxPathBytes + 1];
        nint length;
        fixed (byte* namePointer = name)
        fixed (byte* bufferPointer = buffer)
        {
            length = HostLibc.ReadlinkAt(location.Directory, namePointer, bufferPointer, (nuint)buffer.Length);
        }

        if (length < 0)
        {
            throw HostErrno.Last();
        }

        return SandboxPath.DecodeHostName(buffer.AsSpan(0, (int)Math.Min(length, buffer.Length)))
            ?? throw new FsException(FsErrorCode.IllegalByteSequence);
    }

    protected override unsafe void LinkAtCore(SandboxPath oldPath, SandboxDescriptor newDirectory, SandboxPath newPath)
    {
        var target = newDirectory as HostDescriptor ?? throw new FsException(FsErrorCode.CrossDevice);
        using var from = Resolve(oldPath, followFinal: false);
        if (from.TrailingSlash)
        {
            StatFinal(from);
        }

        using var to = target.Resolve(newPath, followFinal: false);
        var fromName = from.NativeName(withTrailingSlash: false);
        var toName = to.NativeName(withTrailingSlash: true);
        fixed (byte* fromPointer = fromName)
        fixed (byte* toPointer = toName)
        {
            if (HostLibc.LinkAt(from.Directory, fromPointer, to.Directory, toPointer, 0) != 0)
            {
                throw HostErrno.Last();
            }
        }
    }

    protected override (ulong Device, ulong Inode) IdentityCore() => StatxAt(Descriptor, [0], HostConstants.EmptyPath).Identity;

    protected override (ulong Device, ulong Inode) IdentityAtCore(SandboxPath path, bool follow)
    {
        using var location = Resolve(path, follow);
        return StatFinal(location).Identity;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _handle.Dispose();
        }
    }

    private unsafe void Unlink(SandboxPath path, int flags)
    {
        using var location = Resolve(path, followFinal: false);
        var name = location.NativeName(withTrailingSlash: true);
        fixed (byte* pointer = name)
        {
            if (HostLibc.UnlinkAt(location.Directory, pointer, flags) != 0)
            {
                throw HostErrno.Last();
            }
        }
    }

    private static FsException Translate(Exception exception) => exception switch
    {
        UnauthorizedAccessException => new FsException(FsErrorCode.Access),
        NotSupportedException => new FsException(FsErrorCode.InvalidSeek),
        // .NET keeps the errno of an I/O error it has no exception type for in HResult.
        _ => new FsException(exception.HResult is > 0 and < 4096 ? HostErrno.ToErrorCode(exception.HResult) : FsErrorCode.Io),
    };
}
