using System.Text;
using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>Shorthands for the sandbox tests.</summary>
internal static class SandboxAssert
{
    /// <summary>Runs <paramref name="operation"/>, which must fail with a WASI error, and returns the code.</summary>
    public static FsErrorCode Fails(Action operation) => Should.Throw<FsException>(operation).Code;

    /// <summary>Opens <paramref name="path"/> for reading and returns its whole content as text.</summary>
    public static string ReadText(SandboxDescriptor directory, string path, FsPathFlags flags = FsPathFlags.SymlinkFollow)
    {
        using var file = directory.OpenAt(flags, path, FsOpenFlags.None, FsDescriptorFlags.Read);
        return ReadText(file);
    }

    public static string ReadText(SandboxDescriptor file)
    {
        var buffer = new byte[4096];
        var length = file.Read(buffer, 0);
        return Encoding.UTF8.GetString(buffer, 0, length);
    }
}
