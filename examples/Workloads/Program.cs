using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using WitBindgen.Runtime;
using Workloads;

// Runs the three workloads in every implementation, checks that their checksums agree and prints a table of median
// times. Usage: dotnet run -c Release --project examples/Workloads [-- --quick] [--repetitions N] [--fib N]
// [--backend auto|direct|wasmtime] (which backend runs the component: WasmEngineOptions.Backend; by default Auto)
// [--keep-inputs directory] (writes image.rgba and orders.json there and keeps them, to run node or native by hand).
var repetitions = 9;
var warmups = 5;
string? keepInputs = null;
var crossingRepetitions = 3;
uint fibN = 35;
ComponentBackend? backend = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--quick":
            repetitions = 3;
            warmups = 1;
            crossingRepetitions = 1;
            break;
        case "--repetitions" when i + 1 < args.Length && int.TryParse(args[i + 1], out var r) && r is > 0 and <= 256:
            repetitions = r;
            i++;
            break;
        case "--fib" when i + 1 < args.Length && uint.TryParse(args[i + 1], out var n) && n is > 1 and <= 45:
            fibN = n;
            i++;
            break;
        case "--backend" when i + 1 < args.Length && args[i + 1] is "auto" or "direct" or "wasmtime":
            backend = Enum.Parse<ComponentBackend>(args[++i], ignoreCase: true);
            break;
        case "--keep-inputs" when i + 1 < args.Length:
            keepInputs = args[++i];
            break;
        default:
            Console.Error.WriteLine("usage: Workloads [--quick] [--repetitions 1..256] [--fib 2..45] [--backend auto|direct|wasmtime] [--keep-inputs directory]");
            return 2;
    }
}

Console.Error.WriteLine("generating the inputs (a 3840x2160 RGBA image, ~10 MB of JSON)...");
var inputs = Inputs.Create(fibN);
var directory = keepInputs is null ? Directory.CreateTempSubdirectory("witbindgen-workloads-") : Directory.CreateDirectory(keepInputs);
try
{
    var imagePath = Path.Combine(directory.FullName, "image.rgba");
    var jsonPath = Path.Combine(directory.FullName, "orders.json");
    File.WriteAllBytes(imagePath, inputs.Image);
    File.WriteAllBytes(jsonPath, inputs.JsonUtf8);
    var arguments = ProcessColumn.Arguments(imagePath, jsonPath, inputs, repetitions, warmups);
    Measurement.Warmups = warmups;
    var notes = new List<string>();

    Console.Error.WriteLine("C# (System.Text.Json)...");
    var csharp = new Dictionary<string, Measurement>
    {
        [WorkloadNames.Fib] = Measurement.Time(repetitions, () => CSharpWorkloads.Fib(inputs.FibN)),
        [WorkloadNames.Resample] = Measurement.Time(repetitions, () => CSharpWorkloads.Checksum(
            CSharpWorkloads.Resample(inputs.Image, Inputs.ImageWidth, Inputs.ImageHeight, Inputs.ResampledWidth, Inputs.ResampledHeight))),
        [WorkloadNames.Json] = Measurement.Time(repetitions, () => CSharpWorkloads.SummarizeOrders(inputs.JsonUtf8)),
    };

    Console.Error.WriteLine("WebAssembly (the C component, through the generated host bindings)...");
    var wasm = ComponentColumn.Run(inputs, repetitions, crossingRepetitions, backend, out var backendRan, out var fallbackReason);
    var backendName = backendRan == ComponentBackend.Direct ? "direct" : "Wasmtime";
    Console.WriteLine($"WebAssembly backend: {backendName}{(fallbackReason is null ? "" : $" (Auto fell back: {fallbackReason})")}");

    Dictionary<string, Measurement>? node = null;
    var nodePath = ProcessColumn.FindOnPath("node");
    if (nodePath is null)
    {
        notes.Add("JavaScript column skipped: `node` is not on PATH.");
    }
    else
    {
        Console.Error.WriteLine("JavaScript (node)...");
        node = ProcessColumn.Run(nodePath, [Path.Combine(AppContext.BaseDirectory, "node", "workloads.mjs"), .. arguments]);
        notes.Add($"JavaScript: Node.js {ProcessColumn.RunProcess(nodePath, ["--version"]).Trim()}.");
    }

    Dictionary<string, Measurement>? native = null;
    var nativePath = ProcessColumn.BuildNative(out var nativeMessage);
    if (nativePath is null)
    {
        notes.Add($"native C column skipped: {nativeMessage}.");
    }
    else
    {
        Console.Error.WriteLine("native C...");
        native = ProcessColumn.Run(nativePath, arguments);
        notes.Add($"native C: {nativeMessage}.");
    }

    notes.Add($"WebAssembly: clang-14 -O2 for wasm32-wasi, run by Wasmtime 50 on the {backendName} backend.");

    // Every implementation must produce the same output; the C# one is the reference.
    var mismatches = new List<string>();
    foreach (var workload in WorkloadNames.All)
    {
        var expected = csharp[workload].Checksum;
        foreach (var (column, checksum) in new (string, ulong?)[]
                 {
                     ("WebAssembly", wasm[workload].Compute.Checksum), ("JavaScript", node?[workload].Checksum), ("native C", native?[workload].Checksum),
                 })
        {
            if (checksum is { } actual && actual != expected)
            {
                mismatches.Add($"{workload}: {column} gave {actual:x16}, C# gave {expected:x16}");
            }
        }
    }

    var claims = new Dictionary<string, string>
    {
        [WorkloadNames.Fib] = "1,200 / 0.8 / 0.6",
        [WorkloadNames.Resample] = "450 / 85 / 70",
        [WorkloadNames.Json] = "180 / 42 / 35",
    };
    var titles = new Dictionary<string, string>
    {
        [WorkloadNames.Fib] = $"recursive fib({inputs.FibN})",
        [WorkloadNames.Resample] = $"resample {Inputs.ImageWidth}x{Inputs.ImageHeight} → {Inputs.ResampledWidth}x{Inputs.ResampledHeight}",
        [WorkloadNames.Json] = $"JSON, {inputs.JsonUtf8.Length / 1e6:F1} MB",
    };

    var table = new StringBuilder();
    var load = File.Exists("/proc/loadavg") ? $", load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end" : "";
    table.AppendLine(CultureInfo.InvariantCulture, $"Median milliseconds over {repetitions} runs after {warmups} untimed{(backendRan == ComponentBackend.Direct ? "" : $" ({crossingRepetitions} for the image crossing the boundary)")}; {Environment.ProcessorCount} cores{load}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}.");
    table.AppendLine();
    table.AppendLine("| workload | JavaScript (node) | WebAssembly: compute | WebAssembly: crossing the boundary | WebAssembly: end to end | C# | native C | seed claim JS / WASM / native |");
    table.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|");
    foreach (var workload in WorkloadNames.All)
    {
        var w = wasm[workload];
        table.AppendLine(CultureInfo.InvariantCulture,
            $"| {titles[workload]} | {Ms(node?[workload].Median)} | {Ms(w.Compute.Median)} | {Ms(w.BoundaryMilliseconds)} ({w.BoundaryWhat}{Floor(w)}) | {Ms(w.EndToEndMilliseconds)} (compute {w.ComputeShare * 100:0}%) | {Ms(csharp[workload].Median)} | {Ms(native?[workload].Median)} | {claims[workload]} |");
    }

    Console.WriteLine(table.ToString().TrimEnd());
    Console.WriteLine();
    notes.AddRange(wasm.Values.Select(w => w.Note).OfType<string>());
    foreach (var note in notes)
    {
        Console.WriteLine(note);
    }

    if (mismatches.Count > 0)
    {
        foreach (var mismatch in mismatches)
        {
            Console.WriteLine($"error: checksum mismatch: {mismatch}");
        }

        return 1;
    }

    Console.WriteLine("checksums agree: " + string.Join(", ", WorkloadNames.All.Select(w => $"{w} {csharp[w].Checksum:x16}")));
    return 0;
}
finally
{
    if (keepInputs is null)
    {
        directory.Delete(recursive: true);
    }
}

// The crossing against copying the same bytes into and out of native memory.
static string Floor(ComponentMeasurement measurement) => measurement.FloorMilliseconds is { } floor
    ? string.Create(CultureInfo.InvariantCulture, $"; copy floor {Ms(floor)}, {Ratio(measurement.BoundaryMilliseconds / floor)}×")
    : "";

static string Ratio(double ratio) => ratio.ToString(ratio < 10 ? "0.0" : "#,0", CultureInfo.InvariantCulture);

static string Ms(double? milliseconds) => milliseconds switch
{
    null => "skipped",
    < 0.1 => (milliseconds.Value * 1000).ToString("0.0", CultureInfo.InvariantCulture) + " µs",
    < 1 => milliseconds.Value.ToString("0.000", CultureInfo.InvariantCulture),
    < 100 => milliseconds.Value.ToString("0.0", CultureInfo.InvariantCulture),
    _ => milliseconds.Value.ToString("#,0", CultureInfo.InvariantCulture),
};
