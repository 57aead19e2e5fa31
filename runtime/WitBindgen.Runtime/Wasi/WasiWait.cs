namespace WitBindgen.Runtime.Wasi;

/// <summary>How a blocking WASI function waits: without spinning, and within the calling store's call limits.</summary>
internal static class WasiWait
{
    /// <summary>Blocks until one of <paramref name="tasks"/> completes (see <see cref="ComponentStore.WaitForWasi"/>).</summary>
    /// <param name="tasks">What the guest waits for.</param>
    /// <param name="function">The WASI function waiting, for messages.</param>
    public static void Any(Task[] tasks, string function)
    {
        if (ResourceScope.IsActive)
        {
            ResourceScope.Store.WaitForWasi(tasks, function);
        }
        else
        {
            Task.WaitAny(tasks);
        }
    }
}
