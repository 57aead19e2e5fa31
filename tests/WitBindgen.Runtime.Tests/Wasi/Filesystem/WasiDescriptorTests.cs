using System.Text;
using WitBindgen.Runtime.Wasi.Bindings.Streams;
using WitBindgen.Runtime.Wasi.Bindings.Types;
using WitBindgen.Runtime.Wasi.Filesystem;
using WitBindgen.Runtime.Wasi.Io;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>
/// The generated <c>wasi:filesystem/types</c> as the direct backend implements it over the sandbox: results carry
/// WASI's error codes, streams read and write files, and a store's preopens come from its configuration.
/// </summary>
public sealed class WasiDescriptorTests
{
    private const DescriptorFlags ReadWrite = DescriptorFlags.Read | DescriptorFlags.Write;

    [Theory]
    [MemberData(nameof(SandboxFixture.Kinds), MemberType = typeof(SandboxFixture))]
    public void Files_open_stream_and_list_through_the_generated_descriptor(string kind)
    {
        using var fixture = SandboxFixture.Create(kind);
        using var root = new WasiDescriptor(new SharedSandbox(fixture.Root));

        using var file = root.OpenAt(PathFlags.None, "notes.txt", OpenFlags.Create, ReadWrite).Value;
        using (var output = file.WriteViaStream(0).Value)
        {
            output.CheckWrite().Value.ShouldBe((ulong)WasiFileOutputStream.FileBudget);
            output.Write("hello "u8.ToArray()).IsOk.ShouldBeTrue();
            output.BlockingWriteAndFlush("world"u8.ToArray()).IsOk.ShouldBeTrue();
        }

        using (var append = file.AppendViaStream().Value)
        {
            append.BlockingWriteAndFlush("!"u8.ToArray()).IsOk.ShouldBeTrue();
        }

        fixture.ReadFile("notes.txt").ShouldBe("hello world!");
        using (var input = file.ReadViaStream(6).Value)
        {
            Encoding.UTF8.GetString(input.BlockingRead(100).Value).ShouldBe("world!");
            input.Read(100).Error.ShouldBeOfType<StreamError.Closed>();
        }

        file.Read(5, 0).Value.Item1.ShouldBe("hello"u8.ToArray());
        file.Read(5, 100).Value.ShouldBe(([], true));
        file.Stat().Value.Size.ShouldBe(12UL);
        file.GetType2().Value.ShouldBe(DescriptorType.RegularFile);
        root.GetFlags().Value.ShouldBe(DescriptorFlags.Read | DescriptorFlags.MutateDirectory);
        root.ReadViaStream(0).Error.ShouldBe(ErrorCode.IsDirectory);
        root.WriteViaStream(0).Error.ShouldBe(ErrorCode.BadDescriptor);
        root.OpenAt(PathFlags.None, "../x", OpenFlags.None, DescriptorFlags.Read).Error.ShouldBe(ErrorCode.NotPermitted);
        root.StatAt(PathFlags.None, "missing").Error.ShouldBe(ErrorCode.NoEntry);
        root.SetTimesAt(PathFlags.None, "notes.txt", new NewTimestamp.NoChange(), new NewTimestamp.Timestamp(new(5, 6))).IsOk.ShouldBeTrue();
        root.StatAt(PathFlags.None, "notes.txt").Value.DataModificationTimestamp.ShouldBe(new(5, 6));

        using var again = root.OpenAt(PathFlags.None, "notes.txt", OpenFlags.None, DescriptorFlags.Read).Value;
        file.IsSameObject(again).ShouldBeTrue();
        file.IsSameObject(root).ShouldBeFalse();
        file.MetadataHash().Value.ShouldBe(root.MetadataHashAt(PathFlags.None, "notes.txt").Value);

        root.CreateDirectoryAt("sub").IsOk.ShouldBeTrue();
        root.RenameAt("notes.txt", root, "sub/moved.txt").IsOk.ShouldBeTrue();
        root.SymlinkAt("sub/moved.txt", "link").IsOk.ShouldBeTrue();
        root.ReadlinkAt("link").Value.ShouldBe("sub/moved.txt");
        using var entries = root.ReadDirectory().Value;
        var listed = new List<(string, DescriptorType)>();
        while (entries.ReadDirectoryEntry().Value is { } entry)
        {
            listed.Add((entry.Name, entry.Type));
        }

        listed.Order().ShouldBe([("link", DescriptorType.SymbolicLink), ("sub", DescriptorType.Directory)]);
    }

    [Theory]
    [MemberData(nameof(SandboxFixture.Kinds), MemberType = typeof(SandboxFixture))]
    public void A_file_stream_failure_keeps_its_filesystem_error_code(string kind)
    {
        using var fixture = SandboxFixture.Create(kind);
        fixture.WriteFile("file", "content");
        using var root = new WasiDescriptor(new SharedSandbox(fixture.Root));
        using var readOnly = root.OpenAt(PathFlags.None, "file", OpenFlags.None, DescriptorFlags.Read).Value;
        using var output = readOnly.WriteViaStream(0).Value;

        var failure = output.Write("x"u8.ToArray()).Error.ShouldBeOfType<StreamError.LastOperationFailed>();

        TypesHost.Instance.FilesystemErrorCode(failure.Value).ShouldBe(ErrorCode.BadDescriptor);
        TypesHost.Instance.FilesystemErrorCode(new WasiError("not a file")).ShouldBeNull();
        ((WasiError)failure.Value).ToDebugString().ShouldNotContain(fixture.Root.GetType().Name);
        fixture.ReadFile("file").ShouldBe("content");
    }

    [Fact]
    public void A_stream_keeps_its_file_open_after_the_descriptor_is_dropped()
    {
        using var fixture = SandboxFixture.Create("host");
        fixture.WriteFile("file", "still here");
        using var root = new WasiDescriptor(new SharedSandbox(fixture.Root));
        var file = root.OpenAt(PathFlags.None, "file", OpenFlags.None, DescriptorFlags.Read).Value;
        using var input = file.ReadViaStream(0).Value;

        file.Dispose();

        Encoding.UTF8.GetString(input.BlockingRead(100).Value).ShouldBe("still here");
    }

    [Fact]
    public void A_store_preopens_its_host_directories_then_its_memory_directories()
    {
        using var fixture = new HostSandboxFixture(readOnly: false, openat2: true);
        var memory = new WasiMemoryDirectory();
        memory.WriteFile("hello.txt", "from memory"u8);
        using var engine = new WasmEngine();
        using var store = new ComponentStore(engine, new WasiConfiguration()
            .WithPreopenedDirectory(memory, "/mem", readOnly: false)
            .WithPreopenedDirectory(fixture.RootPath, "/host"));

        var preopens = FilesystemState.For(store.Wasi).Preopens;

        preopens.Select(preopen => (preopen.GuestPath, preopen.Root.Sandbox.Grant.ReadOnly)).ShouldBe([("/host", true), ("/mem", false)]);
        SandboxAssert.ReadText(preopens[1].Root.Sandbox, "hello.txt").ShouldBe("from memory");
        FilesystemState.For(store.Wasi).ShouldBeSameAs(FilesystemState.For(store.Wasi));
    }
}
