using Example.Plugins.KeyValue;
using Example.Plugins.Logging;
using WitBindgen;

namespace PluginHost;

/// <summary>The host's log, as the plugin's <c>logging</c> import: one line per call, tagged with the plugin's name.</summary>
internal sealed class ConsoleLog(string source) : ILogging
{
    public void Log(Level level, string message) => Console.WriteLine($"  [{source} {level.ToString().ToLowerInvariant()}] {message}");
}

/// <summary>
/// The plugin's <c>key-value</c> import: a dictionary that belongs to the host, so it outlives every plugin instance
/// (a trapped instance is thrown away, its data is not).
/// </summary>
internal sealed class MemoryStore : IKeyValue
{
    public const int MaxKeyBytes = 64;

    public SortedDictionary<string, string> Entries { get; } = new(StringComparer.Ordinal);

    public string? Get(string key) => Entries.GetValueOrDefault(key);

    public Result<Unit, string> Set(string key, string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(key);
        if (bytes > MaxKeyBytes)
        {
            // An expected failure is a WIT result, which the plugin sees as a value (not an exception).
            return Result.Err($"key of {bytes} bytes is longer than {MaxKeyBytes} bytes");
        }

        Entries[key] = value;
        return Result.Ok();
    }

    public bool Delete(string key) => Entries.Remove(key);
}

/// <summary>A plugin instance in a store of its own: disposing it frees the instance and everything it allocated.</summary>
internal sealed class Sandbox(WitBindgen.Runtime.ComponentStore store, Example.Plugins.PluginWorld.Plugin plugin) : IDisposable
{
    public Example.Plugins.PluginWorld.Plugin Plugin { get; } = plugin;

    public void Dispose()
    {
        Plugin.Dispose();
        store.Dispose();
    }
}
