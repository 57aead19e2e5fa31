using System.Runtime.InteropServices;

namespace WitBindgen.Wit.IO;

/// <summary>
/// The type of a file system entry on Unix (regular file, directory, named pipe, device, socket), which .NET's file
/// APIs do not expose: asked of the runtime's own native layer, which every .NET on Unix ships.
/// </summary>
internal static class UnixFileType
{
    // The file-type bits of FileStatus.Mode, as the runtime's native layer defines them.
    private const int TypeMask = 0xF000;
    private const int NamedPipe = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int RegularFile = 0x8000;
    private const int Socket = 0xC000;

    private static bool s_unavailable;

    /// <summary>
    /// What <paramref name="path"/> is, following symbolic links: null for a regular file or directory (or when the
    /// type cannot be asked, as on Windows, or the entry does not exist), otherwise a short description such as
    /// <c>a named pipe</c>.
    /// </summary>
    public static string? DescribeSpecial(string path)
    {
        if (s_unavailable || RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return null;
        }

        FileStatus status;
        try
        {
            if (Stat(path, out status) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without this native layer (not .NET on Unix): the read's size limit still bounds it.
            s_unavailable = true;
            return null;
        }

        return (status.Mode & TypeMask) switch
        {
            RegularFile or Directory => null,
            NamedPipe => "a named pipe",
            CharacterDevice => "a character device",
            BlockDevice => "a block device",
            Socket => "a socket",
            _ => "a special file",
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true, SetLastError = true)]
    private static extern int Stat(string path, out FileStatus status);

    /// <summary>
    /// The head of the native layer's <c>FileStatus</c>: flags, then the mode. The size leaves room for the rest of
    /// the structure (about 120 bytes today), which is written but never read.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
