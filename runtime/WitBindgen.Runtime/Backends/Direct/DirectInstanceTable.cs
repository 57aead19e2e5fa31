namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The direct instances living in each store, by the key of the <see cref="DirectInstancePre"/> that made them: host
/// trampolines are defined once for all stores, and find the instance whose import was called from the calling store.
/// </summary>
internal static class DirectInstanceTable
{
    /// <summary>The instance the pre-link keyed <paramref name="key"/> made in <paramref name="store"/>, or null.</summary>
    public static DirectInstance? Find(CoreStore store, object key)
    {
        var byKey = store.DirectInstances;
        lock (byKey)
        {
            return byKey.TryGetValue(key, out var instance) ? instance : null;
        }
    }

    /// <summary>
    /// Records <paramref name="instance"/> as the one the pre-link keyed <paramref name="key"/> made in <paramref name="store"/>; false
    /// when it already made one there.
    /// </summary>
    public static bool TryAdd(CoreStore store, object key, DirectInstance instance)
    {
        var byKey = store.DirectInstances;
        lock (byKey)
        {
            return byKey.TryAdd(key, instance);
        }
    }

    /// <summary>Forgets the instance the pre-link keyed <paramref name="key"/> made in <paramref name="store"/> (its instantiation failed).</summary>
    public static void Remove(CoreStore store, object key)
    {
        var byKey = store.DirectInstances;
        lock (byKey)
        {
            byKey.Remove(key);
        }
    }
}
