using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;
using static WitBindgen.Runtime.Tests.Wasi.Filesystem.SandboxAssert;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>A read-only preopen refuses every change with not-permitted, as Wasmtime's does, and changes nothing.</summary>
public sealed class SandboxReadOnlyTests
{
    private const FsPathFlags NoFollow = FsPathFlags.None;

    [Theory]
    [MemberData(nameof(SandboxFixture.Kinds), MemberType = typeof(SandboxFixture))]
    public void Every_mutating_operation_is_not_permitted(string kind)
    {
        using var fixture = SandboxFixture.Create(kind, readOnly: true);
        fixture.WriteFile("file", "before");
        fixture.CreateDirectory("dir");
        var root = fixture.Root;
        using var file = root.OpenAt(NoFollow, "file", FsOpenFlags.None, FsDescriptorFlags.Read);
        using var dir = root.OpenAt(NoFollow, "dir", FsOpenFlags.Directory, FsDescriptorFlags.Read);
        var now = FsNewTimestamp.Now;

        var refusals = new (string Operation, Action Run)[]
        {
            ("open create", () => root.OpenAt(NoFollow, "new", FsOpenFlags.Create, FsDescriptorFlags.Read)),
            ("open truncate", () => root.OpenAt(NoFollow, "file", FsOpenFlags.Truncate, FsDescriptorFlags.Read)),
            ("open write", () => root.OpenAt(NoFollow, "file", FsOpenFlags.None, FsDescriptorFlags.Write)),
            ("write", () => file.Write("x"u8, 0)),
            ("set-size", () => file.SetSize(0)),
            ("set-times", () => file.SetTimes(now, now)),
            ("set-times dir", () => dir.SetTimes(now, now)),
            ("set-times-at", () => root.SetTimesAt(NoFollow, "file", now, now)),
            ("create-directory-at", () => root.CreateDirectoryAt("new")),
            ("remove-directory-at", () => root.RemoveDirectoryAt("dir")),
            ("unlink-file-at", () => root.UnlinkFileAt("file")),
            ("rename-at", () => root.RenameAt("file", root, "moved")),
            ("rename-at into", () => root.RenameAt("file", dir, "moved")),
            ("symlink-at", () => root.SymlinkAt("file", "link")),
            ("link-at", () => root.LinkAt(NoFollow, "file", root, "hard")),
            ("nested create-directory-at", () => dir.CreateDirectoryAt("new")),
        };

        foreach (var (operation, run) in refusals)
        {
            Fails(run).ShouldBe(FsErrorCode.NotPermitted, operation);
        }

        fixture.ReadFile("file").ShouldBe("before");
        foreach (var name in new[] { "new", "moved", "link", "hard", "dir/new", "dir/moved" })
        {
            fixture.Exists(name).ShouldBeFalse(name);
        }

        ReadText(file).ShouldBe("before");
        root.GetFlags().ShouldBe(FsDescriptorFlags.Read);
    }
}
