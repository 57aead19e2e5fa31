using System.Diagnostics;
using System.Runtime.InteropServices;
using WitBindgen;
using WitBindgen.Runtime;
using Component = Example.Workloads.WorkloadsWorld.Workloads;

namespace Workloads;

/// <summary>
/// What the WebAssembly column measured for one workload: the work, the data crossing the boundary, and the least that
/// crossing can cost (copying the same bytes into and out of native memory), if it moves bytes.
/// </summary>
internal sealed record ComponentMeasurement(Measurement Compute, double BoundaryMilliseconds, string BoundaryWhat, double? FloorMilliseconds = null, string? Note = null)
{
    public double EndToEndMilliseconds => Compute.Median + BoundaryMilliseconds;

    /// <summary>The share of the end-to-end time spent computing.</summary>
    public double ComputeShare => Compute.Median / EndToEndMilliseconds;
}

/// <summary>
/// The WebAssembly column: c/workloads.c compiled to a component (workloads.wasm), called through the host bindings
/// generated from wit/workloads.wit. Computing and crossing the component boundary are timed separately.
/// </summary>
internal static class ComponentColumn
{
    /// <summary>
    /// Bytes per <c>list&lt;u8&gt;</c> call on the Wasmtime backend. Wasmtime refuses to return more than about 2.7 MiB
    /// from one call, and the cost per element grows with the length of the list (each element is a 32-byte value on
    /// the host side and another in Wasmtime, which soon fall out of the cache): measured here, 33 MB went in in about
    /// 0.7 s as 16 or 64 KiB pieces, 0.8 s as 256 KiB pieces, 2.6 s as 1 MiB pieces and 14 s as one list. The direct
    /// backend copies a list into the component's memory as one block, so there the image crosses as one list each way.
    /// </summary>
    private const int Chunk = 64 << 10;

    /// <summary>Runs the workloads on <paramref name="backend"/> (null: the engine's default, Auto unless WITBINDGEN_BACKEND says otherwise).</summary>
    /// <param name="ranOn">Which backend ran the component: Direct or Wasmtime.</param>
    /// <param name="fallbackReason">Why Auto ran it on the Wasmtime backend, or null.</param>
    public static Dictionary<string, ComponentMeasurement> Run(Inputs inputs, int repetitions, int crossingRepetitions, ComponentBackend? backend,
        out ComponentBackend ranOn, out string? fallbackReason)
    {
        using var engine = new WasmEngine(backend is { } chosen ? new WasmEngineOptions { Backend = chosen } : new WasmEngineOptions());
        using var component = WasmComponent.FromFile(engine, Path.Combine(AppContext.BaseDirectory, "workloads.wasm"));
        using var workloads = Component.Instantiate(engine, component);
        ranOn = workloads.Instance.Backend;
        fallbackReason = workloads.Instance.BackendFallbackReason;
        var whole = ranOn == ComponentBackend.Direct;

        var results = new Dictionary<string, ComponentMeasurement>();

        // fib: one call; the boundary is the cost of a call, measured on fib(1) averaged over many calls.
        var fib = Measurement.Time(repetitions, () => workloads.Fib(inputs.FibN));
        const int calls = 1000;
        var callTimes = Measurement.Time(repetitions, () =>
        {
            ulong sum = 0;
            for (var i = 0; i < calls; i++)
            {
                sum += workloads.Fib(1);
            }

            return sum;
        }).Milliseconds.Select(t => t / calls).ToArray();
        var callMs = Measurement.MedianOf(callTimes);
        results[WorkloadNames.Fib] = new ComponentMeasurement(fib with { Milliseconds = fib.Milliseconds.Select(t => t - callMs).ToArray() }, callMs, "one call");

        // resample: the 33 MB image goes in and the 8 MB result comes out once per crossing repetition (as one list each
        // way, or in 64 KiB pieces); the work runs on the image already in the component's memory. As one list the
        // crossing is quick enough to time like the other workloads, after the untimed runs that grow the memory.
        var resultLength = Inputs.ResampledWidth * Inputs.ResampledHeight * 4;
        // The floor first, while the managed heap is in the state the crossing starts from: later, the large arrays of
        // the list<u32> runs make the collector's work land in whichever copy comes next.
        var imageFloor = CopyFloor.Bytes(repetitions, inputs.Image, resultLength).Median;
        var untimed = whole ? Measurement.Warmups : 0;
        var crossings = untimed + (whole ? repetitions : crossingRepetitions);
        var inTimes = new List<double>();
        ulong? lastChecksum = null;
        var outTimes = new List<double>();
        for (var r = 0; r < crossings; r++)
        {
            var start = Stopwatch.GetTimestamp();
            SendImage(workloads, inputs.Image, whole);
            var inMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (r == 0)
            {
                Check(workloads.ResampleImage(Inputs.ResampledWidth, Inputs.ResampledHeight), "resample-image");
            }

            start = Stopwatch.GetTimestamp();
            var pixels = ReceiveResampled(workloads, resultLength, whole);
            if (r >= untimed)
            {
                inTimes.Add(inMs);
                outTimes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            var expected = Check(workloads.ResampleImage(Inputs.ResampledWidth, Inputs.ResampledHeight), "resample-image");
            lastChecksum = expected;
            if (CSharpWorkloads.Checksum(pixels) != expected)
            {
                throw new InvalidOperationException("The resampled pixels read back from the component do not match the checksum it computed.");
            }
        }

        // The same image as list<u32>, one element per pixel: the crossing costs per list element, not per byte.
        var pixelTimes = new List<double>();
        var words = MemoryMarshal.Cast<byte, uint>(inputs.Image);
        var wordChunk = whole ? words.Length : Chunk / 4;
        for (var r = 0; r < crossings; r++)
        {
            var start = Stopwatch.GetTimestamp();
            Check(workloads.BeginImage(Inputs.ImageWidth, Inputs.ImageHeight), "begin-image");
            for (var offset = 0; offset < words.Length; offset += wordChunk)
            {
                Check(workloads.WriteImagePixels((uint)offset * 4, words.Slice(offset, Math.Min(wordChunk, words.Length - offset)).ToArray()), "write-image-pixels");
            }

            if (r >= untimed)
            {
                pixelTimes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        var resample = Measurement.Time(repetitions, () => Check(workloads.ResampleImage(Inputs.ResampledWidth, Inputs.ResampledHeight), "resample-image"));
        if (lastChecksum is { } sentAsBytes && resample.Checksum != sentAsBytes)
        {
            throw new InvalidOperationException("The image sent as list<u32> resampled differently from the one sent as list<u8>.");
        }

        var pieces = whole ? "one list each" : "64 KiB pieces";
        results[WorkloadNames.Resample] = new ComponentMeasurement(resample, Measurement.MedianOf(inTimes) + Measurement.MedianOf(outTimes),
            $"image in {Measurement.MedianOf(inTimes):F0} ms + out {Measurement.MedianOf(outTimes):F0} ms, {pieces}", imageFloor,
            $"The same 33 MB image sent as list<u32> (one element per pixel, a quarter as many{(whole ? ", one list" : "")}) took {Measurement.MedianOf(pixelTimes):F0} ms instead of {Measurement.MedianOf(inTimes):F0} ms as list<u8>.");

        // json: the text goes in with each call; the boundary is the same text passed to an export that does nothing.
        var json = Measurement.Time(repetitions, () => Check(workloads.SummarizeOrders(inputs.Json), "summarize-orders"));
        var text = Measurement.Time(repetitions, () => workloads.AcceptText(inputs.Json));
        if (text.Checksum != (ulong)inputs.JsonUtf8.Length)
        {
            throw new InvalidOperationException($"accept-text saw {text.Checksum} bytes, not {inputs.JsonUtf8.Length}.");
        }

        // Invalid input is an error value naming the place, not a trap.
        foreach (var bad in new[] { "{\"orders\":[{\"id\":1,}]}", "{\"orders\":[{\"id\":1}]}" })
        {
            var refused = workloads.SummarizeOrders(bad);
            Console.WriteLine($"summarize-orders({bad}) = {(refused.IsOk ? $"{refused.Value:x16}, not an error" : $"error: {refused.Error}")}");
        }

        results[WorkloadNames.Json] = new ComponentMeasurement(json with { Milliseconds = json.Milliseconds.Select(t => t - text.Median).ToArray() }, text.Median, "text in",
            CopyFloor.Text(repetitions, inputs.Json).Median);
        return results;
    }

    private static void SendImage(Component workloads, byte[] image, bool whole)
    {
        Check(workloads.BeginImage(Inputs.ImageWidth, Inputs.ImageHeight), "begin-image");
        if (whole)
        {
            Check(workloads.WriteImage(0, image), "write-image");
            return;
        }

        for (var offset = 0; offset < image.Length; offset += Chunk)
        {
            Check(workloads.WriteImage((uint)offset, image.AsSpan(offset, Math.Min(Chunk, image.Length - offset)).ToArray()), "write-image");
        }
    }

    private static byte[] ReceiveResampled(Component workloads, int length, bool whole)
    {
        if (whole)
        {
            return workloads.ReadResampled(0, (uint)length);
        }

        var pixels = new byte[length];
        for (var offset = 0; offset < length; offset += Chunk)
        {
            var piece = workloads.ReadResampled((uint)offset, (uint)Math.Min(Chunk, length - offset));
            piece.CopyTo(pixels, offset);
        }

        return pixels;
    }

    private static T Check<T>(Result<T, string> result, string function) =>
        result.IsOk ? result.Value : throw new InvalidOperationException($"{function} failed: {result.Error}");
}
