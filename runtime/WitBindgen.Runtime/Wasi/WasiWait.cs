using System.Diagnostics;

namespace WitBindgen.Runtime.Wasi;

/// <summary>How a blocking WASI function waits: without spinning, and within the calling store's call limits.</summary>
internal static class WasiWait
{
    /// <summary>Blocks until one of <paramref name="tasks"/> completes (see <see cref="ComponentStore.WaitForWasi"/>).</summary>
    /// <param name="tasks">What the guest waits for.</param>
    /// <param name="function">The WASI function waiting, for messages.</param>
    public static void Any(Task[] tasks, string function) => Any(tasks, long.MaxValue, function);

    /// <summary>
    /// Blocks until one of <paramref name="tasks"/> completes or the <see cref="Stopwatch"/> timestamp
    /// <paramref name="wakeAt"/> is reached, whichever comes first (see <see cref="ComponentStore.WaitForWasi"/>).
    /// </summary>
    /// <param name="tasks">What the guest waits for besides the time (may be empty when <paramref name="wakeAt"/> is set).</param>
    /// <param name="wakeAt">The timestamp to return at, or <see cref="long.MaxValue"/>.</param>
    /// <param name="function">The WASI function waiting, for messages.</param>
    public static void Any(Task[] tasks, long wakeAt, string function)
    {
        if (ResourceScope.IsActive)
        {
            ResourceScope.Store.WaitForWasi(tasks, wakeAt, function);
        }
        else
        {
            Until(tasks, wakeAt, long.MaxValue, CancellationToken.None);
        }
    }

    /// <summary>
    /// Blocks until one of <paramref name="tasks"/> completes (true), <paramref name="wakeAt"/> is reached (true) or
    /// <paramref name="deadline"/> is (false), both <see cref="Stopwatch"/> timestamps. The thread sleeps in a timed
    /// kernel wait for the time left, rounded up to the millisecond and measured again on every wake-up, so it returns
    /// neither early nor through a timer thread; <paramref name="token"/> ends the wait by throwing.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="token"/> was canceled.</exception>
    public static bool Until(Task[] tasks, long wakeAt, long deadline, CancellationToken token)
    {
        while (true)
        {
            var until = Math.Min(wakeAt, deadline);
            var timeout = until == long.MaxValue ? Timeout.Infinite : Milliseconds(until - Stopwatch.GetTimestamp());
            if (tasks.Length > 0)
            {
                if (Task.WaitAny(tasks, timeout, token) >= 0)
                {
                    return true;
                }
            }
            else if (token.WaitHandle.WaitOne(timeout))
            {
                token.ThrowIfCancellationRequested();
            }

            var now = Stopwatch.GetTimestamp();
            if (now >= wakeAt)
            {
                return true;
            }

            if (now >= deadline)
            {
                return false;
            }
        }
    }

    // The whole milliseconds covering `ticks` Stopwatch ticks (a wait shorter than asked would only be repeated), 0 when
    // none are left, and below int.MaxValue (a longer wait is measured again when it ends).
    private static int Milliseconds(long ticks)
    {
        if (ticks <= 0)
        {
            return 0;
        }

        var milliseconds = Math.Ceiling(ticks * 1000.0 / Stopwatch.Frequency);
        return (int)Math.Min(int.MaxValue - 1, milliseconds);
    }
}
