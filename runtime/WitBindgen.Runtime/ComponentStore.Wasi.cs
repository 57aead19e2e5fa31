using System.Diagnostics;
using WitBindgen.Runtime.Wasi;

namespace WitBindgen.Runtime;

/// <summary>The store's WASI state on the direct backend.</summary>
public sealed partial class ComponentStore
{
    private WasiContext? _wasi;

    /// <summary>The store's copy of the WASI configuration it was created with.</summary>
    internal WasiConfiguration WasiConfiguration { get; }

    /// <summary>The store's WASI context for the direct backend's WASI, created on first use.</summary>
    internal WasiContext Wasi => _wasi ??= new WasiContext(this, WasiConfiguration);

    /// <summary>
    /// Blocks the guest's call until one of <paramref name="tasks"/> completes or the <see cref="Stopwatch"/> timestamp
    /// <paramref name="wakeAt"/> is reached, no longer than the call's timeout and cancellation allow
    /// (<see cref="CallTimeout"/>, <see cref="CallCancellation"/>): a blocking WASI function never outlasts them,
    /// although no guest code runs meanwhile to be interrupted.
    /// </summary>
    /// <param name="tasks">What the guest waits for besides the time.</param>
    /// <param name="wakeAt">When to return though no task completed, or <see cref="long.MaxValue"/>.</param>
    /// <param name="function">The WASI function waiting, for messages.</param>
    /// <exception cref="WitTimeoutException">The call's timeout passed first.</exception>
    /// <exception cref="WitCallCanceledException">The call was canceled first.</exception>
    internal void WaitForWasi(Task[] tasks, long wakeAt, string function)
    {
        var (deadline, token) = _interrupt.Limit;
        try
        {
            if (WasiWait.Until(tasks, wakeAt, deadline, token))
            {
                return;
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw new WitCallCanceledException($"The call was canceled while the guest waited in {function}.", token);
        }

        throw new WitTimeoutException($"The guest waited in {function} longer than the call's timeout of {_interrupt.LastTimeout?.TotalMilliseconds:0.###} ms.")
        {
            Timeout = _interrupt.LastTimeout,
        };
    }
}
