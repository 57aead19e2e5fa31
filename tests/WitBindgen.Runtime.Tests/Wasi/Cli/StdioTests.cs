
namespace WitBindgen.Runtime.Tests.Wasi.Cli;

/// <summary>
/// <c>wasi:cli</c>'s standard streams: nothing granted by default (output discarded, input empty), exactly what is
/// granted otherwise, with the same bytes and permits on both backends.
/// </summary>
public sealed class StdioTests
{
    private static readonly byte[] Awkward = [0x68, 0xC3, 0xA9, 0x00, 0xFF, 0x0A, 0xE2, 0x82];

    [Theory]
    [InlineData(ComponentBackend.Wasmtime)]
    [InlineData(ComponentBackend.Direct)]
    public void Nothing_is_granted_by_default(ComponentBackend backend)
    {
        using var run = new WasiRun(backend, StdioComponents.Stdio);

        WriteOut(run, "discarded\n"u8.ToArray()).ShouldBeTrue();
        WriteErr(run, "discarded\n"u8.ToArray()).ShouldBeTrue();
        ReadIn(run, 100).ShouldBeEmpty();
        run.Call("terminals", v => v.GetU32()).ShouldBe(0u);
    }

    [Theory]
    [InlineData(ComponentBackend.Wasmtime)]
    [InlineData(ComponentBackend.Direct)]
    public void Granted_streams_carry_exactly_the_bytes_given_and_written(ComponentBackend backend)
    {
        var stdout = new WasiOutputBuffer();
        var stderr = new WasiOutputBuffer();
        using var run = new WasiRun(backend, StdioComponents.Stdio, new WasiConfiguration()
            .WithStandardInput([1, 2, 3, 0, 255, 6, 7])
            .CaptureStandardOutput(stdout)
            .CaptureStandardError(stderr));

        WriteOut(run, Awkward).ShouldBeTrue();
        WriteOut(run, []).ShouldBeTrue();
        WriteOut(run, "more"u8.ToArray()).ShouldBeTrue();
        WriteErr(run, [0xFE, 0x0A]).ShouldBeTrue();

        stdout.ToArray().ShouldBe([.. Awkward, .. "more"u8.ToArray()]);
        stderr.ToArray().ShouldBe([0xFE, 0x0A]);
        ReadIn(run, 4).ShouldBe([1, 2, 3, 0]);
        ReadIn(run, 100).ShouldBe([255, 6, 7]);
        ReadIn(run, 100).ShouldBeEmpty();
        run.Call("terminals", v => v.GetU32()).ShouldBe(0u);
    }

    [Theory]
    [InlineData(ComponentBackend.Wasmtime)]
    [InlineData(ComponentBackend.Direct)]
    public void Output_reaches_streams_and_writers_as_on_the_wasmtime_backend(ComponentBackend backend)
    {
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        using (var run = new WasiRun(backend, StdioComponents.Stdio, new WasiConfiguration().CaptureStandardOutput(stdout).CaptureStandardError(stderr)))
        {
            WriteOut(run, Awkward).ShouldBeTrue();
            WriteErr(run, [0x68]).ShouldBeTrue();
            WriteErr(run, [0xC3]).ShouldBeTrue();
            WriteErr(run, [0xA9, 0x21, 0x0A]).ShouldBeTrue();
            stdout.ToArray().ShouldBe(Awkward);
        }

        stderr.ToString().ShouldBe("hé!\n");
    }

    [Theory]
    [InlineData(ComponentBackend.Wasmtime, "none")]
    [InlineData(ComponentBackend.Direct, "none")]
    [InlineData(ComponentBackend.Wasmtime, "capture")]
    [InlineData(ComponentBackend.Direct, "capture")]
    [InlineData(ComponentBackend.Wasmtime, "inherit")]
    [InlineData(ComponentBackend.Direct, "inherit")]
    public void Check_write_permits_what_wasmtime_permits(ComponentBackend backend, string output)
    {
        var configuration = output switch
        {
            "capture" => new WasiConfiguration().CaptureStandardOutput(new WasiOutputBuffer()).CaptureStandardError(new StringWriter()),
            "inherit" => new WasiConfiguration().InheritStandardOutput().InheritStandardError(),
            _ => new WasiConfiguration(),
        };
        using var run = new WasiRun(backend, StdioComponents.Stdio, configuration);

        // Measured on libwasmtime 50: 8 KiB into a capture, 64 KiB into the host's stream or when output is discarded.
        var expected = output == "capture" ? 8192UL : 65536UL;
        run.CallU64("check-out").ShouldBe(expected);
        run.CallU64("check-err").ShouldBe(expected);
    }

    [Theory]
    [InlineData(ComponentBackend.Wasmtime)]
    [InlineData(ComponentBackend.Direct)]
    public void Output_can_be_logged_line_by_line(ComponentBackend backend)
    {
        var logger = new ListLogger();
        using (var run = new WasiRun(backend, StdioComponents.Stdio, new WasiConfiguration().CaptureStandardOutput(logger)))
        {
            WriteOut(run, "first line\nsecond "u8.ToArray()).ShouldBeTrue();
            WriteOut(run, "line\nunterminated"u8.ToArray()).ShouldBeTrue();
            logger.Entries.ShouldBe(["Information [stdout] first line", "Information [stdout] second line"]);
        }

        // Wasmtime completes the capture (and the logger logs the unterminated rest) when the store is dropped.
        SpinWait.SpinUntil(() => logger.Entries.Count == 3, TimeSpan.FromSeconds(10)).ShouldBeTrue();
        logger.Entries[2].ShouldBe("Information [stdout] unterminated");
    }

    private static bool WriteOut(WasiRun run, byte[] bytes) => run.Call("write-out", v => v.GetBool(), ComponentVal.Bytes(bytes));

    private static bool WriteErr(WasiRun run, byte[] bytes) => run.Call("write-err", v => v.GetBool(), ComponentVal.Bytes(bytes));

    private static byte[] ReadIn(WasiRun run, ulong length) => run.Call("read-in", v => v.GetBytes(), ComponentVal.U64(length));
}
