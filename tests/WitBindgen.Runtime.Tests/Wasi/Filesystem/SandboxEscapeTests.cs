using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;
using static WitBindgen.Runtime.Tests.Wasi.Filesystem.SandboxAssert;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>
/// Every way out of a preopen, on the host sandbox and the in-memory one: each is refused with the error
/// Wasmtime gives (an escape is not-permitted), and nothing outside is ever read.
/// </summary>
public sealed class SandboxEscapeTests
{
    private const FsPathFlags Follow = FsPathFlags.SymlinkFollow;
    private const FsPathFlags NoFollow = FsPathFlags.None;

    [Theory]
    [MemberData(nameof(SandboxFixture.Kinds), MemberType = typeof(SandboxFixture))]
    public void Dot_dot_never_climbs_above_the_descriptor(string kind)
    {
        using var fixture = SandboxFixture.Create(kind);
        fixture.CreateDirectory("sub");
        fixture.WriteFile("file", "inside");
        var root = fixture.Root;

        Fails(() => root.OpenAt(Follow, "..", FsOpenFlags.None, FsDescriptorFlags.Read)).ShouldBe(FsErrorCode.NotPermitted);
        Fails(() => root.OpenAt(Follow, "../outside/secret", FsOpenFlags.None, FsDescriptorFlags.Read)).ShouldBe(FsErrorCode.NotPermitted);
        Fails(() => root.OpenAt(Follow, "sub/../../outside/secret", FsOpenFlags.None, FsDescriptorFlags.Read)).ShouldBe(FsErrorCode.NotPermitted);
        Fails(() => root.StatAt(NoFollow, "sub/../..")).ShouldBe(FsErrorCode.NotPermitted);
        ReadText(root, "sub/../file").ShouldBe("inside");

        // A descriptor opened beneath the preopen is a root of its own, as a cap-std directory is.
        using var sub = root.OpenAt(NoFollow, "sub", FsOpenFlags.Directory, FsDescriptorFlags.Read);
        Fails(() => sub.OpenAt(Follow, "../file", FsOpenFlags.None, FsDescriptorFlags.Read)).ShouldBe(FsErrorCode.NotPermitted);
    }

    [Theory]
    [MemberData(nameof(SandboxFixture.Kinds), MemberType = typeof(SandboxFixture))]
    public void Absolute_paths_are_not_permitted(string kind)
    {
        using var fixture = SandboxFixture.Create(kind);
        var root = fixture.Root;

        Fails(() => root.OpenAt(Follow, fixture.OutsideSecretPath, FsOpenFlags.None, FsDescriptorFlags.Read)).ShouldBe(FsErrorCode.NotPermitted);
        Fails(() => root.StatAt(Follow, "/")).ShouldBe(FsErrorCode.NotPermitted);
        Fails(() => root.CreateDirectoryAt("/tmp/x")).ShouldBe(FsErrorCode.NotPermitted);
        Fails(() => root.SymlinkAt(fixture.OutsideSecretPath, "link")).ShouldBe(FsErrorCode.NotPermitted);
        fixture.Exists("link").ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(SandboxFixture.Kinds), MemberType = typeof(SandboxFixture))]
    public void A_link_out_of_the_preopen_is_never_followed(string kind)
    {
        using var fixture = SandboxFixture.Create(kind);
        fixture.CreateSymbolicLink("relative", "../outside/secret");
        fixture.CreateSymbolicLink("absolute", fixture.OutsideSecretPath);
        fixture.CreateSymbolicLink("escape", "../outside");
        var root = fixture.Root;

        foreach (var path in new[] { "relative", "absolute", "escape/secret" })
        {
            Fails(() => root.OpenAt(Follow, path, FsOpenFlags.None, FsDescriptorFlags.Read)).ShouldBe(FsErrorCode.NotPermitted, path);
            Fails(() => root.StatAt(Follow, path)).ShouldBe(FsErrorCode.NotPermitted, path);
            Fails(() => root.MetadataHashAt(Follow, path)).ShouldBe(FsErrorCode.NotPermitted, path);
        }

        // Not followed, the final link is the link itself: opening it fails with loop, as O_NOFOLLOW does.
        Fails(() => root.OpenAt(NoFollow, "relative", FsOpenFlags.None, FsDescriptorFlags.Read)).ShouldBe(FsErrorCode.Loop);
        root.StatAt(NoFollow, "absolute").Type.ShouldBe(FsDescriptorType.SymbolicLink);
        root.ReadlinkAt("relative").ShouldBe("../outside/secret");

        // A link through an escaping link is still refused even when the final component is not followed.
        Fails(() => root.StatAt(NoFollow, "escape/secret")).ShouldBe(FsErrorCode.NotPermitted);
        Fails(() => root.CreateDirectoryAt("escape/new")).ShouldBe(FsErrorCode.NotPermitted);
        Fails(() => root.StatAt(NoFollow, "escape/")).ShouldBe(FsErrorCode.NotPermitted);
    }

    [Theory]
    [MemberData(nameof(SandboxFixture.Kinds), MemberType = typeof(SandboxFixture))]
    public void A_link_inside_the_preopen_is_followed_only_when_asked(string kind)
    {
        using var fixture = SandboxFixture.Create(kind);
        fixture.CreateDirectory("dir");
        fixture.WriteFile("dir/file", "inside");
        fixture.CreateSymbolicLink("dir/up", "../dir/file");
        fixture.CreateSymbolicLink("to-dir", "dir");
        var root = fixture.Root;

        ReadText(root, "dir/up").ShouldBe("inside");
        ReadText(root, "to-dir/file", NoFollow).ShouldBe("inside");
        root.StatAt(Follow, "to-dir").Type.ShouldBe(FsDescriptorType.Directory);
        root.StatAt(NoFollow, "to-dir").Type.ShouldBe(FsDescriptorType.SymbolicLink);
        root.StatAt(NoFollow, "to-dir/").Type.ShouldBe(FsDescriptorType.Directory);
        Fails(() => root.OpenAt(NoFollow, "dir/up", FsOpenFlags.None, FsDescriptorFlags.Read)).ShouldBe(FsErrorCode.Loop);
    }

    [Theory]
    [MemberData(nameof(SandboxFixture.Kinds), MemberType = typeof(SandboxFixture))]
    public void A_link_loop_fails_with_loop(string kind)
    {
        using var fixture = SandboxFixture.Create(kind);
        fixture.CreateSymbolicLink("a", "b");
        fixture.CreateSymbolicLink("b", "a");
        fixture.CreateSymbolicLink("self", "self/x");
        var root = fixture.Root;

        Fails(() => root.OpenAt(Follow, "a", FsOpenFlags.None, FsDescriptorFlags.Read)).ShouldBe(FsErrorCode.Loop);
        Fails(() => root.StatAt(Follow, "a")).ShouldBe(FsErrorCode.Loop);
        Fails(() => root.StatAt(NoFollow, "a/x")).ShouldBe(FsErrorCode.Loop);
        Fails(() => root.OpenAt(NoFollow, "self", FsOpenFlags.None, FsDescriptorFlags.Read)).ShouldBe(FsErrorCode.Loop);
        Fails(() => root.OpenAt(Follow, "self", FsOpenFlags.None, FsDescriptorFlags.Read)).ShouldBe(FsErrorCode.Loop);
    }

    [Theory]
    [MemberData(nameof(SandboxFixture.Kinds), MemberType = typeof(SandboxFixture))]
    public void A_hard_link_never_crosses_preopens(string kind)
    {
        using var fixture = SandboxFixture.Create(kind);
        fixture.WriteFile("file", "inside");
        var root = fixture.Root;
        var second = fixture.OpenSecondPreopen();

        Fails(() => root.LinkAt(NoFollow, "file", second, "copy")).ShouldBe(FsErrorCode.NotPermitted);
        Fails(() => root.LinkAt(Follow, "file", root, "copy")).ShouldBe(FsErrorCode.Invalid);
        Fails(() => root.LinkAt(NoFollow, "../outside/secret", root, "copy")).ShouldBe(FsErrorCode.NotPermitted);
        Fails(() => root.LinkAt(NoFollow, "file", root, "../outside/copy")).ShouldBe(FsErrorCode.NotPermitted);
        fixture.Exists("copy").ShouldBeFalse();

        root.LinkAt(NoFollow, "file", root, "copy");
        fixture.ReadFile("copy").ShouldBe("inside");
        root.StatAt(NoFollow, "file").LinkCount.ShouldBe(2UL);
    }

    [Theory]
    [MemberData(nameof(SandboxFixture.Kinds), MemberType = typeof(SandboxFixture))]
    public void Long_empty_and_nul_paths_are_refused_before_any_lookup(string kind)
    {
        using var fixture = SandboxFixture.Create(kind);
        var root = fixture.Root;
        var longName = new string('n', 256);
        var longPath = string.Join('/', Enumerable.Repeat("d", 2100));

        Fails(() => root.OpenAt(Follow, longName, FsOpenFlags.Create, FsDescriptorFlags.Write)).ShouldBe(FsErrorCode.NameTooLong);
        Fails(() => root.CreateDirectoryAt("é" + new string('n', 254))).ShouldBe(FsErrorCode.NameTooLong);
        Fails(() => root.StatAt(Follow, longPath)).ShouldBe(FsErrorCode.NameTooLong);
        Fails(() => root.StatAt(Follow, string.Empty)).ShouldBe(FsErrorCode.NoEntry);
        Fails(() => root.OpenAt(Follow, "file\0../../outside", FsOpenFlags.Create, FsDescriptorFlags.Write)).ShouldBe(FsErrorCode.Invalid);
        Fails(() => root.SymlinkAt("x\0y", "link")).ShouldBe(FsErrorCode.Invalid);
        root.CreateDirectoryAt(new string('n', 255));
        fixture.Exists(new string('n', 255)).ShouldBeTrue();
    }
}
