using System.Text;
using WitBindgen.Runtime.Tests.Infrastructure;
using WitBindgen.Runtime.Wasi.Filesystem;
using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>
/// Reads of host files beneath a preopen (where the host sandbox runs): a file reads at the offset asked, and a
/// descriptor that cannot be read at an offset (a FIFO) fails with invalid-seek, the code of the kernel's ESPIPE.
/// </summary>
public sealed class HostReadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly HostSandboxFixture? _fixture = HostSandboxPlatform.IsSupported ? new(readOnly: false, openat2: true) : null;

    public void Dispose() => _fixture?.Dispose();

    [Fact]
    public void A_file_reads_at_every_offset_asked_and_nothing_at_or_past_its_end()
    {
        if (_fixture is null)
        {
            return; // The host sandbox runs on Linux only.
        }

        _fixture.WriteFile("f", "0123456789");
        using var file = _fixture.Root.OpenAt(FsPathFlags.None, "f", FsOpenFlags.None, FsDescriptorFlags.Read);
        var buffer = new byte[4];

        Encoding.ASCII.GetString(buffer, 0, file.Read(buffer, 6)).ShouldBe("6789");
        Encoding.ASCII.GetString(buffer, 0, file.Read(buffer, 0)).ShouldBe("0123");
        Encoding.ASCII.GetString(buffer, 0, file.Read(buffer, 8)).ShouldBe("89");
        file.Read(buffer, 10).ShouldBe(0);
        file.Read(buffer, 1_000_000).ShouldBe(0);
    }

    [Fact]
    public async Task A_fifo_beneath_the_preopen_cannot_be_read_at_an_offset_and_fails_with_invalid_seek()
    {
        if (_fixture is null)
        {
            return; // The host sandbox runs on Linux only.
        }

        var fixture = _fixture;
        FileSystemTools.MakeFifo(fixture.Host("pipe"));

        // Opening either end of a FIFO waits for the other: the writer holds its end open until the read was tried.
        var tried = new TaskCompletionSource();
        var writer = Task.Run(async () =>
        {
            using var stream = new FileStream(fixture.Host("pipe"), FileMode.Open, FileAccess.Write);
            await tried.Task;
        });
        var reader = Task.Run(() =>
        {
            try
            {
                using var pipe = fixture.Root.OpenAt(FsPathFlags.None, "pipe", FsOpenFlags.None, FsDescriptorFlags.Read);
                return Should.Throw<FsException>(() => pipe.Read(new byte[5], 0)).Code;
            }
            finally
            {
                tried.SetResult();
            }
        });

        await Task.WhenAll(writer, reader).WaitAsync(Patience);
        (await reader).ShouldBe(FsErrorCode.InvalidSeek);
    }
}
