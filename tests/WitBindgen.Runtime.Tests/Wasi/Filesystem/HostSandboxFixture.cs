using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>A host preopen in a temporary directory: <c>base/root</c> is granted, <c>base/outside</c> is not.</summary>
public sealed class HostSandboxFixture : SandboxFixture
{
    private readonly DirectoryInfo _base;
    private readonly List<SandboxDescriptor> _opened = [];

    public HostSandboxFixture(bool readOnly, bool openat2)
    {
        _base = Directory.CreateTempSubdirectory("witbindgen-sandbox-");
        RootPath = Path.Combine(_base.FullName, "root");
        Directory.CreateDirectory(RootPath);
        Directory.CreateDirectory(Path.Combine(_base.FullName, "outside"));
        Directory.CreateDirectory(Path.Combine(_base.FullName, "second"));
        File.WriteAllText(OutsideSecretPath, Secret);
        Open = HostDescriptor.OpenPreopen(RootPath, readOnly, openat2);
        _opened.Add(Open);
    }

    public string RootPath { get; }

    public override string OutsideSecretPath => Path.Combine(_base.FullName, "outside", "secret");

    internal HostDescriptor Open { get; }

    internal override SandboxDescriptor Root => Open;

    public override void WriteFile(string path, string content) => File.WriteAllText(Host(path), content);

    public override void CreateDirectory(string path) => Directory.CreateDirectory(Host(path));

    public override void CreateSymbolicLink(string path, string target) => File.CreateSymbolicLink(Host(path), target);

    public override bool Exists(string path) => Path.Exists(Host(path)) || new FileInfo(Host(path)).LinkTarget is not null;

    public override string ReadFile(string path) => File.ReadAllText(Host(path));

    internal override SandboxDescriptor OpenSecondPreopen()
    {
        var second = HostDescriptor.OpenPreopen(Path.Combine(_base.FullName, "second"), readOnly: false);
        _opened.Add(second);
        return second;
    }

    public string Host(string path) => Path.Combine(RootPath, path);

    public override void Dispose()
    {
        foreach (var descriptor in _opened)
        {
            descriptor.Dispose();
        }

        _base.Delete(recursive: true);
    }
}
