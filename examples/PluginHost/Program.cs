using System.Diagnostics;
using Example.Plugins.PluginWorld;
using PluginHost;
using WitBindgen;
using WitBindgen.Runtime;

// A host for a plugin component (plugin.wasm, built from c/plugin.c): it implements the plugin's imports (a log
// and a key-value store), calls its exports, and survives the plugin's errors, traps and runaway loops.

// LIMITS. Fuel (instructions) and epoch deadlines (wall-clock time) are engine options; each store gets a budget
// (see NewPlugin below).
using var engine = new WasmEngine(new WasmEngineOptions { ConsumeFuel = true, EpochInterruption = true });
using var component = WasmComponent.FromFile(engine, Path.Combine(AppContext.BaseDirectory, "plugin.wasm"));
const ulong Fuel = 20_000_000_000; // far more than any well-behaved call here needs
const int EpochMilliseconds = 10;
const ulong DeadlineEpochs = 20; // 200 ms
// MEMORY LIMIT: the runtime cannot cap a store's memory yet. When ComponentStore gains a limit on linear memory
// growth, set it in NewPlugin below and call Hog (see MEMORY LIMIT at the end of this file).

// The epoch advances every 10 ms; a store's deadline counts these ticks.
using var ticker = new Timer(_ => engine.IncrementEpoch(), null, EpochMilliseconds, EpochMilliseconds);

// The host's state outlives plugin instances; one linker holds the import implementations for all of them.
var store = new MemoryStore();
using var linker = Plugin.CreateLinker(engine, new ConsoleLog("plugin"), store);

var sandbox = NewPlugin();
Console.WriteLine($"loaded {sandbox.Plugin.Describe()}");

// An export returning result<u32, string>: success and failure are values, not exceptions.
Show("process(\"the quick brown fox jumps over the lazy dog and the end\")", sandbox.Plugin.Process("the quick brown fox jumps over the lazy dog and the end"));
Show("process(\"   \")", sandbox.Plugin.Process("   "));
// The word makes a key longer than the store accepts: the import's error travels back through the plugin's result.
Show("process(<a 70-letter word>)", sandbox.Plugin.Process(new string('a', 70)));
Console.WriteLine($"store: {string.Join(", ", store.Entries.Select(e => $"{e.Key}={e.Value}"))}");

// A trap (a plugin bug) becomes a WitTrapException naming the export; the instance cannot be entered again...
Try("crash()", () => sandbox.Plugin.Crash());
Try("process(\"again\") on the same instance", () => sandbox.Plugin.Process("again"));

// ...so the host drops it and makes a new instance of the same compiled component; the host's data is intact.
sandbox.Dispose();
sandbox = NewPlugin();
Show("process(\"The end\") on a new instance", sandbox.Plugin.Process("The end"));
Console.WriteLine($"store: count:the={store.Get("count:the")}, {store.Entries.Count} keys");

// A plugin that never returns is stopped by its epoch deadline (wall-clock time)...
var watch = Stopwatch.StartNew();
Try($"spin() with a deadline of {DeadlineEpochs * EpochMilliseconds} ms", () => sandbox.Plugin.Spin());
Console.WriteLine($"  stopped after {watch.ElapsedMilliseconds} ms");
sandbox.Dispose();

// ...or by its fuel (instructions), whichever runs out first.
const ulong SmallFuel = 100_000_000;
sandbox = NewPlugin(fuel: SmallFuel, deadlineEpochs: ulong.MaxValue / 2);
watch.Restart();
Try($"spin() with {SmallFuel:N0} fuel and no deadline", () => sandbox.Plugin.Spin());
Console.WriteLine($"  stopped after {watch.ElapsedMilliseconds} ms");
sandbox.Dispose();

// MEMORY LIMIT: Hog(megabytes) allocates until malloc fails, that is up to the 4 GiB a 32-bit memory allows.
// It is not called while the runtime has no memory limit; with one, this shows it:
//     sandbox = NewPlugin();                          // with the store's memory limit set, e.g. 64 MiB
//     Console.WriteLine(sandbox.Plugin.Hog(1024));    // fewer than 1024 (MiB), and the host stays up
Console.WriteLine("hog() not called: the runtime has no memory limit yet (see MEMORY LIMIT in Program.cs)");

sandbox = NewPlugin();
Show("process(\"still working\") on a new instance", sandbox.Plugin.Process("still working"));
sandbox.Dispose();
return 0;

// A new instance in a fresh store: fuel and the deadline belong to the store.
Sandbox NewPlugin(ulong fuel = Fuel, ulong deadlineEpochs = DeadlineEpochs)
{
    var componentStore = new ComponentStore(engine);
    try
    {
        componentStore.Fuel = fuel;
        componentStore.SetEpochDeadline(deadlineEpochs);
        return new Sandbox(componentStore, Plugin.FromInstance(linker.Instantiate(componentStore, component)));
    }
    catch
    {
        componentStore.Dispose();
        throw;
    }
}

static void Show(string call, Result<uint, string> result) =>
    Console.WriteLine(result.IsOk ? $"{call} = {result.Value} words" : $"{call} failed: {result.Error}");

static void Try(string call, Action action)
{
    try
    {
        action();
        Console.WriteLine($"{call} returned");
    }
    catch (WitTrapException trap)
    {
        // The message names the export and carries the wasm backtrace; its last line is the reason.
        var lines = trap.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = lines[0].Split(": error while executing")[0];
        Console.WriteLine(lines.Length == 1 ? $"{call} trapped: {first}" : $"{call} trapped: {first}: {lines[^1]}");
    }
    catch (WitRuntimeException error)
    {
        Console.WriteLine($"{call} failed: {error.Message.Split('\n')[0]}");
    }
    catch (TimeoutException timeout)
    {
        // A runtime may report a deadline as a timeout rather than as a trap.
        Console.WriteLine($"{call} timed out: {timeout.Message.Split('\n')[0]}");
    }
}
