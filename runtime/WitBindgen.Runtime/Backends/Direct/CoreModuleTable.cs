using System.Runtime.CompilerServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The core modules an engine has loaded, by cache key, so a module many components share is compiled (or read
/// from disk) once per engine. Holds modules weakly: one no component uses any more is freed, and loaded again
/// (from the disk cache) when a later component needs it. Thread-safe.
/// </summary>
internal sealed class CoreModuleTable
{
    private static readonly ConditionalWeakTable<WasmEngine, CoreModuleTable> Tables = new();

    private readonly Dictionary<string, WeakReference<CoreModule>> _modules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _loading = new(StringComparer.Ordinal);

    /// <summary>Loads a module; called at most once at a time per key.</summary>
    public delegate CoreModule Loader(WasmEngine engine, string key, ReadOnlySpan<byte> bytes);

    /// <summary>The table of <paramref name="engine"/>.</summary>
    public static CoreModuleTable For(WasmEngine engine) => Tables.GetValue(engine, static _ => new CoreModuleTable());

    /// <summary>The live module of <paramref name="key"/>, or the one <paramref name="load"/> returns (then remembered).</summary>
    public CoreModule GetOrAdd(WasmEngine engine, string key, ReadOnlySpan<byte> bytes, Loader load)
    {
        object gate;
        lock (_modules)
        {
            if (TryGetLive(key, out var live))
            {
                return live;
            }

            if (!_loading.TryGetValue(key, out gate!))
            {
                gate = new object();
                _loading.Add(key, gate);
            }
        }

        // Different modules load in parallel; a second thread asking for the same one waits for the first.
        lock (gate)
        {
            lock (_modules)
            {
                if (TryGetLive(key, out var loaded))
                {
                    return loaded;
                }
            }

            var module = load(engine, key, bytes);
            lock (_modules)
            {
                _modules[key] = new WeakReference<CoreModule>(module);
                _loading.Remove(key);
                Prune();
            }

            return module;
        }
    }

    private bool TryGetLive(string key, out CoreModule module)
    {
        module = null!;
        return _modules.TryGetValue(key, out var reference) && reference.TryGetTarget(out module!);
    }

    // Forgets collected modules now and then, so a long-lived engine's table stays as large as what is in use.
    private void Prune()
    {
        if (_modules.Count < 64 || (_modules.Count & 63) != 0)
        {
            return;
        }

        foreach (var dead in _modules.Where(entry => !entry.Value.TryGetTarget(out _)).Select(entry => entry.Key).ToList())
        {
            _modules.Remove(dead);
        }
    }
}
