using System.Runtime.InteropServices;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// Path resolution beneath a host directory, one component at a time: each step is an <c>openat</c> of a single
/// name with <c>O_NOFOLLOW</c> on a descriptor the walk holds, so a directory swapped for a symbolic link between
/// two steps is never followed by the kernel; links are read and their text walked under the same rules.
/// </summary>
internal sealed partial class HostDescriptor
{
    /// <summary>Links followed in one resolution before it fails with loop (Linux's <c>MAXSYMLINKS</c>).</summary>
    private const int MaxLinks = 40;

    private unsafe HostLocation Resolve(SandboxPath path, bool followFinal)
    {
        var location = new HostLocation(Descriptor) { TrailingSlash = path.TrailingSlash };
        try
        {
            var follow = followFinal || path.TrailingSlash;
            var pending = new Stack<string>();
            Push(pending, path.Components);
            var links = 0;
            while (pending.Count > 0)
            {
                var name = pending.Pop();
                var last = pending.Count == 0;
                location.Name = ".";
                if (name == ".")
                {
                    continue;
                }

                if (name == "..")
                {
                    location.Leave();
                    continue;
                }

                if (last && !follow)
                {
                    location.Name = name;
                    break;
                }

                var native = SandboxPath.ToNative(name);
                if (last)
                {
                    if (TryReadLink(location.Directory, native) is { } finalTarget)
                    {
                        FollowLink(pending, finalTarget, ref links);
                        continue;
                    }

                    location.Name = name;
                    break;
                }

                int next;
                fixed (byte* pointer = native)
                {
                    next = HostLibc.OpenAt(location.Directory, pointer, HostConstants.PathOnly | HostConstants.Directory | HostConstants.NoFollow | HostConstants.CloseOnExec, 0);
                }

                if (next < 0)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    if ((errno is HostErrno.Loop or HostErrno.NotDirectory) && TryReadLink(location.Directory, native) is { } target)
                    {
                        FollowLink(pending, target, ref links);
                        continue;
                    }

                    throw new FsException(HostErrno.ToErrorCode(errno));
                }

                location.Enter(next);
            }

            return location;
        }
        catch
        {
            location.Dispose();
            throw;
        }
    }

    private static void FollowLink(Stack<string> pending, string target, ref int links)
    {
        if (++links > MaxLinks)
        {
            throw new FsException(FsErrorCode.Loop);
        }

        Push(pending, SandboxPath.SplitLinkTarget(target));
    }

    private static void Push(Stack<string> pending, IReadOnlyList<string> components)
    {
        for (var i = components.Count - 1; i >= 0; i--)
        {
            pending.Push(components[i]);
        }
    }

    /// <summary>The text of the link <paramref name="name"/>, or null when it is not a link (or is gone).</summary>
    private static unsafe string? TryReadLink(int directory, byte[] name)
    {
        var buffer = new byte[SandboxPath.MaxPathBytes + 1];
        nint length;
        fixed (byte* namePointer = name)
        fixed (byte* bufferPointer = buffer)
        {
            length = HostLibc.ReadlinkAt(directory, namePointer, bufferPointer, (nuint)buffer.Length);
        }

        if (length < 0)
        {
            return null;
        }

        if (length >= buffer.Length)
        {
            throw new FsException(FsErrorCode.NameTooLong);
        }

        return SandboxPath.DecodeHostName(buffer.AsSpan(0, (int)length)) ?? throw new FsException(FsErrorCode.IllegalByteSequence);
    }

    private static unsafe HostStatx StatxAt(int directory, byte[] name, int flags)
    {
        Statx result;
        fixed (byte* pointer = name)
        {
            if (NativeMethods.PosixStatx(directory, pointer, flags | HostConstants.SymlinkNoFollow, HostStatx.Mask, &result) != 0)
            {
                throw HostErrno.Last();
            }
        }

        return new HostStatx(result);
    }

    /// <summary>Stats the walk's final name without following it, requiring a directory after a trailing slash.</summary>
    private static HostStatx StatFinal(HostLocation location)
    {
        var stat = StatxAt(location.Directory, location.NativeName(withTrailingSlash: false), 0);
        if (location.TrailingSlash && stat.Type != FsDescriptorType.Directory)
        {
            throw new FsException(FsErrorCode.NotDirectory);
        }

        return stat;
    }

    private static unsafe List<FsDirectoryEntry> ListDirectory(int descriptor)
    {
        int copy;
        fixed (byte* dot = ".\0"u8)
        {
            copy = HostLibc.OpenAt(descriptor, dot, HostConstants.ReadOnly | HostConstants.Directory | HostConstants.CloseOnExec, 0);
        }

        if (copy < 0)
        {
            throw HostErrno.Last();
        }

        var stream = HostLibc.Fdopendir(copy);
        if (stream == 0)
        {
            var error = HostErrno.Last();
            HostLibc.Close(copy);
            throw error;
        }

        try
        {
            var entries = new List<FsDirectoryEntry>();
            while (true)
            {
                var entry = HostLibc.Readdir(stream);
                if (entry == null)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    return errno == 0 ? entries : throw new FsException(HostErrno.ToErrorCode(errno));
                }

                var nameBytes = new ReadOnlySpan<byte>(entry + HostConstants.DirentNameOffset, SandboxPath.MaxNameBytes + 1);
                nameBytes = nameBytes[..nameBytes.IndexOf((byte)0)];
                if (nameBytes.SequenceEqual("."u8) || nameBytes.SequenceEqual(".."u8))
                {
                    continue;
                }

                var type = entry[HostConstants.DirentTypeOffset] switch
                {
                    4 => FsDescriptorType.Directory,
                    8 => FsDescriptorType.RegularFile,
                    10 => FsDescriptorType.SymbolicLink,
                    6 => FsDescriptorType.BlockDevice,
                    2 => FsDescriptorType.CharacterDevice,
                    0 => StatxAt(copy, [.. nameBytes, 0], 0).Type,
                    _ => FsDescriptorType.Unknown,
                };
                entries.Add(new FsDirectoryEntry(type, SandboxPath.DecodeHostName(nameBytes)));
            }
        }
        finally
        {
            HostLibc.Closedir(stream);
        }
    }
}
