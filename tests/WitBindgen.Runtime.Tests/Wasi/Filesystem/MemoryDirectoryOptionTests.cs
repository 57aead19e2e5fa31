using WitBindgen.Runtime.Tests.Production;
using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>The in-memory directory as a public option, and its host-side API.</summary>
public sealed class MemoryDirectoryOptionTests
{
    [Fact]
    public void The_wasmtime_backend_refuses_a_memory_directory_naming_the_option()
    {
        var configuration = new WasiConfiguration().WithPreopenedDirectory(new WasiMemoryDirectory(), "/data");

        var error = Should.Throw<WitRuntimeException>(() => new WasiProbe(configuration));

        error.Message.ShouldContain("WasiConfiguration.WithPreopenedDirectory(WasiMemoryDirectory");
        error.Message.ShouldContain("Wasmtime backend");
    }

    [Fact]
    public void A_store_keeps_the_grants_it_was_made_with()
    {
        using var engine = new WasmEngine();
        var configuration = new WasiConfiguration().WithPreopenedDirectory(new WasiMemoryDirectory(), "/a", readOnly: false);
        using var store = new ComponentStore(engine, configuration);
        configuration.WithPreopenedDirectory(new WasiMemoryDirectory(), "/b");

        store.WasiConfiguration.MemoryDirectories.Select(grant => (grant.GuestPath, grant.ReadOnly)).ShouldBe([("/a", false)]);
        configuration.MemoryDirectories.Count.ShouldBe(2);
    }

    [Fact]
    public void The_host_fills_and_reads_back_the_tree_and_gets_errors_naming_the_path()
    {
        var directory = new WasiMemoryDirectory(capacityBytes: 8);
        directory.WriteFile("a/b/file", "12345"u8);
        directory.CreateDirectory("a/empty");
        directory.CreateSymbolicLink("a/link", "b/file");

        directory.ReadFile("a/b/file").ShouldBe("12345"u8.ToArray());
        directory.GetEntries("a").ShouldBe(["b", "empty", "link"]);
        directory.FileExists("a/link").ShouldBeFalse();
        directory.DirectoryExists("a/empty").ShouldBeTrue();
        directory.UsedBytes.ShouldBe(5);
        Should.Throw<IOException>(() => directory.WriteFile("big", "1234"u8)).Message.ShouldContain("'big'");
        Should.Throw<FileNotFoundException>(() => directory.ReadFile("a/missing")).Message.ShouldContain("'a/missing'");
        Should.Throw<IOException>(() => directory.WriteFile("a/b/file/x", "1"u8)).Message.ShouldContain("'a/b/file/x'");
        Should.Throw<ArgumentException>(() => directory.WriteFile("../up", "1"u8)).Message.ShouldContain("'../up'");
        Should.Throw<ArgumentException>(() => directory.CreateDirectory("/abs")).Message.ShouldContain("'/abs'");
    }

    [Fact]
    public void A_guest_cannot_grow_the_tree_past_its_capacity()
    {
        using var fixture = new MemorySandboxFixture(readOnly: false, capacity: 16);
        using var file = fixture.Root.OpenAt(FsPathFlags.None, "file", FsOpenFlags.Create, FsDescriptorFlags.Write);

        file.Write("0123456789"u8, 0).ShouldBe(10);
        SandboxAssert.Fails(() => file.Write("0123456789"u8, 10)).ShouldBe(FsErrorCode.InsufficientSpace);
        SandboxAssert.Fails(() => file.Write("x"u8, 1UL << 40)).ShouldBe(FsErrorCode.FileTooLarge);
        SandboxAssert.Fails(() => file.SetSize(1UL << 40)).ShouldBe(FsErrorCode.FileTooLarge);
        SandboxAssert.Fails(() => file.SetSize(17)).ShouldBe(FsErrorCode.InsufficientSpace);
        fixture.Directory.UsedBytes.ShouldBe(10);

        fixture.Root.UnlinkFileAt("file");
        fixture.Directory.UsedBytes.ShouldBe(0);
    }
}
