using System.Text;
using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>An in-memory preopen over a <see cref="WasiMemoryDirectory"/>.</summary>
public sealed class MemorySandboxFixture : SandboxFixture
{
    public MemorySandboxFixture(bool readOnly, long capacity = WasiMemoryDirectory.DefaultCapacityBytes)
    {
        Directory = new WasiMemoryDirectory(capacity);
        Open = MemoryDescriptor.OpenPreopen(Directory.Tree, readOnly);
    }

    public WasiMemoryDirectory Directory { get; }

    public override string OutsideSecretPath => "/outside/secret";

    internal MemoryDescriptor Open { get; }

    internal override SandboxDescriptor Root => Open;

    public override void WriteFile(string path, string content) => Directory.WriteFile(path, Encoding.UTF8.GetBytes(content));

    public override void CreateDirectory(string path) => Directory.CreateDirectory(path);

    public override void CreateSymbolicLink(string path, string target) => Directory.CreateSymbolicLink(path, target);

    public override bool Exists(string path)
    {
        var slash = path.LastIndexOf('/');
        var parent = slash < 0 ? string.Empty : path[..slash];
        return Directory.DirectoryExists(parent) && Directory.GetEntries(parent).Contains(path[(slash + 1)..]);
    }

    public override string ReadFile(string path) => Encoding.UTF8.GetString(Directory.ReadFile(path));

    internal override SandboxDescriptor OpenSecondPreopen() => MemoryDescriptor.OpenPreopen(Directory.Tree, readOnly: false);

    public override void Dispose() => Open.Dispose();
}
