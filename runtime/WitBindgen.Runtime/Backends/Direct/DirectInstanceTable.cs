namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The direct instances living in each store, by the key of the <see cref="DirectInstancePre"/> that made them: host
/// trampolines are defined once for all stores, and find the instance whose import was called from the calling store.
/// </summary>
/// <remarks>
/// A store holds few instances, so they are kept in an array that changes are made to a copy of, under a lock: the
/// trampoline of every import call reads it without one.
/// </remarks>
internal static class DirectInstanceTable
{
    /// <summary>The instance the pre-link keyed <paramref name="key"/> made in <paramref name="store"/>, or null.</summary>
    public static DirectInstance? Find(CoreStore store, object key)
    {
        foreach (var (entryKey, instance) in Volatile.Read(ref store.DirectInstances))
        {
            if (ReferenceEquals(entryKey, key))
            {
                return instance;
            }
        }

        return null;
    }

    /// <summary>
    /// Records <paramref name="instance"/> as the one the pre-link keyed <paramref name="key"/> made in <paramref name="store"/>; false
    /// when it already made one there.
    /// </summary>
    public static bool TryAdd(CoreStore store, object key, DirectInstance instance)
    {
        lock (store.DirectInstancesGate)
        {
            if (Find(store, key) is not null)
            {
                return false;
            }

            Volatile.Write(ref store.DirectInstances, [.. store.DirectInstances, (key, instance)]);
            return true;
        }
    }

    /// <summary>Forgets the instance the pre-link keyed <paramref name="key"/> made in <paramref name="store"/> (its instantiation failed).</summary>
    public static void Remove(CoreStore store, object key)
    {
        lock (store.DirectInstancesGate)
        {
            Volatile.Write(ref store.DirectInstances, Array.FindAll(store.DirectInstances, entry => !ReferenceEquals(entry.Key, key)));
        }
    }
}
