using System.Text;
using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>
/// The in-memory tree fails where the host sandbox fails, with the same code: each operation runs on a fresh
/// copy of one layout in every implementation and the outcomes are compared.
/// </summary>
public sealed class SandboxParityTests
{
    private const FsPathFlags Follow = FsPathFlags.SymlinkFollow;
    private const FsPathFlags NoFollow = FsPathFlags.None;

    private static readonly (string Name, Action<SandboxDescriptor> Run)[] Operations =
    [
        ("open missing", root => root.OpenAt(NoFollow, "missing", FsOpenFlags.None, FsDescriptorFlags.Read).Dispose()),
        ("open file as directory", root => root.OpenAt(NoFollow, "f", FsOpenFlags.Directory, FsDescriptorFlags.Read).Dispose()),
        ("open directory for writing", root => root.OpenAt(NoFollow, "d", FsOpenFlags.None, FsDescriptorFlags.Write).Dispose()),
        ("open exclusive existing", root => root.OpenAt(NoFollow, "f", FsOpenFlags.Create | FsOpenFlags.Exclusive, FsDescriptorFlags.Write).Dispose()),
        ("open file with slash", root => root.OpenAt(NoFollow, "f/", FsOpenFlags.None, FsDescriptorFlags.Read).Dispose()),
        ("create with slash", root => root.OpenAt(NoFollow, "new/", FsOpenFlags.Create, FsDescriptorFlags.Write).Dispose()),
        ("open dangling followed", root => root.OpenAt(Follow, "x", FsOpenFlags.None, FsDescriptorFlags.Read).Dispose()),
        ("open dangling not followed", root => root.OpenAt(NoFollow, "x", FsOpenFlags.None, FsDescriptorFlags.Read).Dispose()),
        ("open directory flags", root => root.OpenAt(NoFollow, "d", FsOpenFlags.Directory | FsOpenFlags.Create, FsDescriptorFlags.Read).Dispose()),
        ("open sync flags", root => root.OpenAt(NoFollow, "f", FsOpenFlags.None, FsDescriptorFlags.Read | FsDescriptorFlags.FileIntegritySync).Dispose()),
        ("mkdir existing", root => root.CreateDirectoryAt("d")),
        ("mkdir under file", root => root.CreateDirectoryAt("f/x")),
        ("mkdir under missing", root => root.CreateDirectoryAt("missing/x")),
        ("rmdir non-empty", root => root.RemoveDirectoryAt("d")),
        ("rmdir file", root => root.RemoveDirectoryAt("f")),
        ("rmdir missing", root => root.RemoveDirectoryAt("missing")),
        ("rmdir dot", root => root.RemoveDirectoryAt(".")),
        ("rmdir link to file", root => root.RemoveDirectoryAt("l")),
        ("rmdir link to directory", root => root.RemoveDirectoryAt("dl")),
        ("unlink directory", root => root.UnlinkFileAt("d")),
        ("unlink missing", root => root.UnlinkFileAt("missing")),
        ("unlink file with slash", root => root.UnlinkFileAt("f/")),
        ("readlink file", root => root.ReadlinkAt("f")),
        ("readlink missing", root => root.ReadlinkAt("missing")),
        ("rename missing", root => root.RenameAt("missing", root, "z")),
        ("rename file onto directory", root => root.RenameAt("f", root, "d")),
        ("rename directory onto file", root => root.RenameAt("d", root, "f")),
        ("rename directory onto non-empty", root => root.RenameAt("e", root, "d")),
        ("rename directory into itself", root => root.RenameAt("d", root, "d/sub")),
        ("link directory", root => root.LinkAt(NoFollow, "d", root, "z")),
        ("link onto existing", root => root.LinkAt(NoFollow, "f", root, "d")),
        ("symlink onto existing", root => root.SymlinkAt("t", "f")),
        ("stat file with slash", root => root.StatAt(NoFollow, "f/")),
        ("stat through file", root => root.StatAt(NoFollow, "f/x")),
        ("set times past a second", root => root.SetTimesAt(NoFollow, "f", FsNewTimestamp.At(new FsTimestamp(1, 1_000_000_000)), FsNewTimestamp.NoChange)),
        ("read directory", root => root.OpenAt(NoFollow, "d", FsOpenFlags.Directory, FsDescriptorFlags.Read).Read(new byte[1], 0)),
        ("write read-only descriptor", root => root.OpenAt(NoFollow, "f", FsOpenFlags.None, FsDescriptorFlags.Read).Write("x"u8, 0)),
        ("list file", root => root.OpenAt(NoFollow, "f", FsOpenFlags.None, FsDescriptorFlags.Read).ReadDirectory()),
        ("advise directory", root => root.Advise(0, 0)),
        ("rename directory onto empty", root => root.RenameAt("d", root, "e")),
        ("create through dangling link", root => root.OpenAt(Follow, "x", FsOpenFlags.Create, FsDescriptorFlags.Write).Dispose()),
    ];

    public static TheoryData<string> OperationNames => [.. Operations.Select(operation => operation.Name)];

    [Theory]
    [MemberData(nameof(OperationNames))]
    public void Memory_and_host_agree(string operation)
    {
        var run = Operations.Single(candidate => candidate.Name == operation).Run;
        var outcomes = new List<string>();
        foreach (var kind in new[] { "host", "host-walk", "memory" })
        {
            using var fixture = SandboxFixture.Create(kind);
            fixture.WriteFile("f", "data");
            fixture.CreateDirectory("d");
            fixture.WriteFile("d/g", "nested");
            fixture.CreateDirectory("e");
            fixture.CreateSymbolicLink("l", "f");
            fixture.CreateSymbolicLink("dl", "d");
            fixture.CreateSymbolicLink("x", "missing");
            string outcome;
            try
            {
                run(fixture.Root);
                outcome = "ok " + Layout(fixture);
            }
            catch (FsException exception)
            {
                outcome = exception.Code.ToString();
            }

            outcomes.Add(outcome);
        }

        outcomes.Distinct().Count().ShouldBe(1, string.Join(" | ", outcomes));
    }

    [Theory]
    [MemberData(nameof(SandboxFixture.Kinds), MemberType = typeof(SandboxFixture))]
    public void Files_read_write_and_describe_themselves(string kind)
    {
        using var fixture = SandboxFixture.Create(kind);
        fixture.CreateDirectory("d");
        var root = fixture.Root;
        using (var file = root.OpenAt(NoFollow, "d/f", FsOpenFlags.Create | FsOpenFlags.Exclusive, FsDescriptorFlags.Read | FsDescriptorFlags.Write))
        {
            file.Write("hello"u8, 0).ShouldBe(5);
            file.Write("world"u8, 8).ShouldBe(5);
            var buffer = new byte[32];
            var length = file.Read(buffer, 0);
            buffer.AsSpan(0, length).ToArray().ShouldBe("hello\0\0\0world"u8.ToArray());
            file.Read(buffer, 13).ShouldBe(0);
            file.Stat().Size.ShouldBe(13UL);
            file.SetSize(4);
            file.Stat().Size.ShouldBe(4UL);
            file.GetDescriptorType().ShouldBe(FsDescriptorType.RegularFile);
            file.GetFlags().ShouldBe(FsDescriptorFlags.Read | FsDescriptorFlags.Write);
            file.SetTimes(FsNewTimestamp.At(new FsTimestamp(1_000, 5)), FsNewTimestamp.At(new FsTimestamp(2_000, 7)));
            file.Stat().DataModificationTimestamp.ShouldBe(new FsTimestamp(2_000, 7));
            file.Stat().DataAccessTimestamp.ShouldBe(new FsTimestamp(1_000, 5));
            file.Sync(dataOnly: false);
            file.Sync(dataOnly: true);
        }

        fixture.ReadFile("d/f").ShouldBe("hell");
        root.SymlinkAt("d/f", "link");
        root.ReadlinkAt("link").ShouldBe("d/f");
        root.RenameAt("d/f", root, "moved");
        root.ReadDirectory().Select(entry => (entry.Name, entry.Type)).OrderBy(entry => entry.Name, StringComparer.Ordinal)
            .ShouldBe([("d", FsDescriptorType.Directory), ("link", FsDescriptorType.SymbolicLink), ("moved", FsDescriptorType.RegularFile)]);

        using var moved = root.OpenAt(NoFollow, "moved", FsOpenFlags.None, FsDescriptorFlags.Read);
        using var again = root.OpenAt(NoFollow, "moved", FsOpenFlags.None, FsDescriptorFlags.Read);
        using var dir = root.OpenAt(NoFollow, "d", FsOpenFlags.Directory, FsDescriptorFlags.Read);
        moved.IsSameObject(again).ShouldBeTrue();
        moved.IsSameObject(dir).ShouldBeFalse();
        moved.MetadataHash().ShouldBe(root.MetadataHashAt(NoFollow, "moved"));
        moved.MetadataHash().ShouldNotBe(dir.MetadataHash());
        dir.GetDescriptorType().ShouldBe(FsDescriptorType.Directory);
        root.GetFlags().ShouldBe(FsDescriptorFlags.Read | FsDescriptorFlags.MutateDirectory);
        root.UnlinkFileAt("link");
        root.UnlinkFileAt("moved");
        root.RemoveDirectoryAt("d");
        root.ReadDirectory().ShouldBeEmpty();
    }

    private static string Layout(SandboxFixture fixture)
    {
        var text = new StringBuilder();
        foreach (var name in new[] { "f", "d", "d/g", "e", "e/g", "l", "dl", "x", "z", "missing", "d/sub" })
        {
            text.Append(fixture.Exists(name) ? name + ' ' : string.Empty);
        }

        return text.ToString();
    }
}
