using WitBindgen.Runtime.Tests.Wasi.Cli;

namespace WitBindgen.Runtime.Tests.Wasi.Io;

/// <summary>
/// <c>read</c>, <c>blocking-read</c>, <c>write</c> and <c>blocking-write-and-flush</c> called by a guest: the same
/// results on both backends at the edges (nothing asked, more asked than there is, the end), and on the direct backend
/// reads that land in the block the guest allocated and writes that take the guest's bytes where they lie.
/// </summary>
public sealed class StreamCallTests
{
    private const uint Ok = 0;
    private const uint Closed = 2;

    [Theory]
    [InlineData(ComponentBackend.Wasmtime, false)]
    [InlineData(ComponentBackend.Wasmtime, true)]
    [InlineData(ComponentBackend.Direct, false)]
    [InlineData(ComponentBackend.Direct, true)]
    public void A_read_of_nothing_is_empty_and_takes_nothing(ComponentBackend backend, bool blocking)
    {
        using var run = new WasiRun(backend, StreamCallComponents.Streams, new WasiConfiguration().WithStandardInput([1, 2, 3]));

        ShouldRead(run, 0, blocking, Ok, Array.Empty<byte>());
        ShouldRead(run, 10, blocking, Ok, new byte[] { 1, 2, 3 });
    }

    [Theory]
    [InlineData(ComponentBackend.Wasmtime, false)]
    [InlineData(ComponentBackend.Wasmtime, true)]
    [InlineData(ComponentBackend.Direct, false)]
    [InlineData(ComponentBackend.Direct, true)]
    public void A_read_of_more_than_there_is_returns_what_there_is_and_then_closed(ComponentBackend backend, bool blocking)
    {
        using var run = new WasiRun(backend, StreamCallComponents.Streams, new WasiConfiguration().WithStandardInput([5, 0, 255, 7, 9]));

        ShouldRead(run, 3, blocking, Ok, new byte[] { 5, 0, 255 });
        ShouldRead(run, 100_000, blocking, Ok, new byte[] { 7, 9 });
        ShouldRead(run, 100, blocking, Closed, Array.Empty<byte>());
        ShouldRead(run, 0, blocking, Closed, Array.Empty<byte>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_direct_read_lands_in_the_block_the_guest_allocated_for_the_length_asked(bool blocking)
    {
        var input = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray();
        using var run = new WasiRun(ComponentBackend.Direct, StreamCallComponents.Streams, new WasiConfiguration().WithStandardInput(input));

        ShouldRead(run, 1000, blocking, Ok, input[..1000]);
        LastAllocation(run).ShouldBe(1000u);
        ShouldRead(run, 1_000_000, blocking, Ok, input[1000..66536]);
        LastAllocation(run).ShouldBe(65536u);
        ShouldRead(run, 10_000, blocking, Ok, input[66536..]);
        LastAllocation(run).ShouldBe(10_000u);
    }

    [Theory]
    [InlineData(false, "wasi:io/streams@0.2.12#[method]input-stream.read")]
    [InlineData(true, "wasi:io/streams@0.2.12#[method]input-stream.blocking-read")]
    public void A_direct_read_into_a_block_out_of_bounds_traps_naming_the_function(bool blocking, string function)
    {
        using var run = new WasiRun(ComponentBackend.Direct, StreamCallComponents.Streams, new WasiConfiguration().WithStandardInput([1, 2, 3]));
        run.Call("break-realloc");

        var trap = Should.Throw<WitTrapException>(() => Read(run, 10, blocking));

        trap.Message.ShouldContain(function);
        trap.Message.ShouldContain("out of bounds");
    }

    // Wasmtime's captured stdout may lose what plain writes left unflushed when the guest drops the stream, which the
    // component does after each call, so only its blocking-write-and-flush row compares.
    [Theory]
    [InlineData(ComponentBackend.Wasmtime, true)]
    [InlineData(ComponentBackend.Direct, false)]
    [InlineData(ComponentBackend.Direct, true)]
    public void Writes_carry_the_guests_bytes_exactly(ComponentBackend backend, bool blocking)
    {
        var stdout = new WasiOutputBuffer();
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 13)).ToArray();
        using (var run = new WasiRun(backend, StreamCallComponents.Streams, new WasiConfiguration().CaptureStandardOutput(stdout)))
        {
            Write(run, bytes, blocking).ShouldBe(Ok);
            Write(run, [], blocking).ShouldBe(Ok);
            Write(run, [0, 0xFF], blocking).ShouldBe(Ok);
            run.Call("write-many", v => v.GetU32(), ComponentVal.U32(3), ComponentVal.U32(5), ComponentVal.Bool(blocking)).ShouldBe(3u);
        }

        stdout.ToArray().ShouldBe([.. bytes, 0, 0xFF, .. "xxxxxxxxxxxxxxx"u8.ToArray()]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Direct_writes_hand_the_stream_the_guests_bytes_without_copying_them(bool blocking)
    {
        const uint Count = 64;
        const uint Size = 4096;
        using var run = new WasiRun(ComponentBackend.Direct, StreamCallComponents.Streams);
        WriteMany(run, 1, blocking).ShouldBe(1u);

        var before = GC.GetAllocatedBytesForCurrentThread();
        WriteMany(run, Count, blocking).ShouldBe(Count);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The 256 KiB written, copied once, would be all of this; what is left is the calls' own bookkeeping.
        allocated.ShouldBeLessThan(Count * Size / 8);

        static uint WriteMany(WasiRun run, uint count, bool blocking) =>
            run.Call("write-many", v => v.GetU32(), ComponentVal.U32(count), ComponentVal.U32(Size), ComponentVal.Bool(blocking));
    }

    private static (uint Status, byte[] Bytes) Read(WasiRun run, ulong len, bool blocking) =>
        run.Call("read", v => (v.GetTupleItems()[0].GetU32(), v.GetTupleItems()[1].GetBytes()), ComponentVal.U64(len), ComponentVal.Bool(blocking));

    private static void ShouldRead(WasiRun run, ulong len, bool blocking, uint status, byte[] bytes)
    {
        var (actualStatus, actualBytes) = Read(run, len, blocking);
        actualStatus.ShouldBe(status);
        actualBytes.ShouldBe(bytes);
    }

    private static uint Write(WasiRun run, byte[] bytes, bool blocking) =>
        run.Call("write", v => v.GetU32(), ComponentVal.Bytes(bytes), ComponentVal.Bool(blocking));

    private static uint LastAllocation(WasiRun run) => run.Call("last-allocation", v => v.GetU32());
}
