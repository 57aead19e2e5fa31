using System.Runtime.CompilerServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The direct instances living in each store, by the <see cref="DirectInstancePre"/> that made them: host trampolines
/// are defined once for all stores, and find the instance whose import was called from the calling store.
/// </summary>
internal static class DirectInstanceTable
{
    private static readonly ConditionalWeakTable<CoreStore, Dictionary<DirectInstancePre, DirectInstance>> Instances = new();

    /// <summary>The instance <paramref name="pre"/> made in <paramref name="store"/>, or null.</summary>
    public static DirectInstance? Find(CoreStore store, DirectInstancePre pre)
    {
        if (!Instances.TryGetValue(store, out var byPre))
        {
            return null;
        }

        lock (byPre)
        {
            return byPre.TryGetValue(pre, out var instance) ? instance : null;
        }
    }

    /// <summary>
    /// Records <paramref name="instance"/> as the one <paramref name="pre"/> made in <paramref name="store"/>; false
    /// when <paramref name="pre"/> already made one there.
    /// </summary>
    public static bool TryAdd(CoreStore store, DirectInstancePre pre, DirectInstance instance)
    {
        var byPre = Instances.GetValue(store, static _ => []);
        lock (byPre)
        {
            return byPre.TryAdd(pre, instance);
        }
    }

    /// <summary>Forgets the instance <paramref name="pre"/> made in <paramref name="store"/> (its instantiation failed).</summary>
    public static void Remove(CoreStore store, DirectInstancePre pre)
    {
        if (Instances.TryGetValue(store, out var byPre))
        {
            lock (byPre)
            {
                byPre.Remove(pre);
            }
        }
    }
}
