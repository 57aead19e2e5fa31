using System.Diagnostics;
using Example.Plugins.PluginWorld;
using PluginHost;
using WitBindgen;
using WitBindgen.Runtime;

// A host for a plugin component (plugin.wasm, built from c/plugin.c): it implements the plugin's imports (a log
// and a key-value store), calls its exports, and survives the plugin's errors, traps, runaway loops and memory
// hunger.

// Limits need two engine options: fuel metering (instructions) and epoch interruption (wall-clock deadlines).
using var engine = new WasmEngine(new WasmEngineOptions { ConsumeFuel = true, EpochInterruption = true });
using var component = WasmComponent.FromFile(engine, Path.Combine(AppContext.BaseDirectory, "plugin.wasm"));

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

// A trap (a plugin bug) becomes a WitTrapException naming the export; the store is then poisoned: Wasmtime cannot
// enter the instance again, and the runtime says which trap broke it.
Try("crash()", () => sandbox.Plugin.Crash());
Try("process(\"again\") on the same instance", () => sandbox.Plugin.Process("again"));

// So the host drops it and makes a new instance of the same compiled component; the host's data is intact.
sandbox.Dispose();
sandbox = NewPlugin();
Show("process(\"The end\") on a new instance", sandbox.Plugin.Process("The end"));
Console.WriteLine($"store: count:the={store.Get("count:the")}, {store.Entries.Count} keys");

// A plugin that never returns is stopped by the store's call timeout (wall-clock time)...
var watch = Stopwatch.StartNew();
Try("spin() with a 200 ms call timeout", () => sandbox.Plugin.Spin());
Console.WriteLine($"  stopped after {watch.ElapsedMilliseconds} ms");
sandbox.Dispose();

// ...or by its fuel (instructions), whichever runs out first. This store's timeout is long, so that the fuel stops
// the call even on a machine loaded enough to stretch 100,000,000 instructions past 200 ms.
sandbox = NewPlugin(fuel: 100_000_000, callTimeout: TimeSpan.FromSeconds(10));
watch.Restart();
Try("spin() with 100,000,000 fuel", () => sandbox.Plugin.Spin());
Console.WriteLine($"  stopped after {watch.ElapsedMilliseconds} ms");
sandbox.Dispose();

// A plugin that wants more memory than the store allows: growing its linear memory past the limit fails inside the
// guest (malloc returns NULL), so this plugin gets less than it asked for and the host carries on. Touching 63 MiB
// takes longer than the 200 ms the other calls get on a loaded machine, so this call may run for up to 10 s.
sandbox = NewPlugin(callTimeout: TimeSpan.FromSeconds(10));
var megabytes = sandbox.Plugin.Hog(1024);
Console.WriteLine($"hog(1024) = {megabytes} MiB (the store's memory limit is {MemoryLimit >> 20} MiB)");
sandbox.Dispose();

sandbox = NewPlugin();
Show("process(\"still working\") on a new instance", sandbox.Plugin.Process("still working"));
sandbox.Dispose();
return 0;

// A new instance in a fresh store with its own budget: fuel, a timeout for every call (200 ms unless given) and a
// memory limit.
Sandbox NewPlugin(ulong fuel = 20_000_000_000, TimeSpan? callTimeout = null)
{
    var componentStore = new ComponentStore(engine)
    {
        Fuel = fuel,
        CallTimeout = callTimeout ?? TimeSpan.FromMilliseconds(200),
        Limits = new StoreLimits { MaxMemoryBytes = MemoryLimit },
    };
    try
    {
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
    catch (Exception e) when (e is WitRuntimeException or TimeoutException)
    {
        // WitTrapException (and its WitFuelExhaustedException, WitInstancePoisonedException), WitTimeoutException
        // (a TimeoutException), WitMemoryLimitException...: the message names the export; after a trap it also
        // carries the wasm backtrace, whose last line is the reason.
        var lines = e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = lines[0].Split(": error while executing")[0];
        Console.WriteLine($"{call} threw {e.GetType().Name}: {first}{(lines.Length > 1 ? $": {lines[^1]}" : "")}");
    }
}

/// <summary>Settings of the example.</summary>
internal static partial class Program
{
    /// <summary>The most linear memory a plugin instance may have.</summary>
    private const long MemoryLimit = 64 << 20;
}
