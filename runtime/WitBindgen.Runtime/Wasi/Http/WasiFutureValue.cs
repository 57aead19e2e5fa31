namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// The value of a <c>wasi:http</c> future's <c>get</c>: none until the task completes, then its result once, then
/// an error on every later call, as the WIT specifies.
/// </summary>
/// <typeparam name="T">The task's result.</typeparam>
/// <param name="task">The work whose result the future carries.</param>
internal sealed class WasiFutureValue<T>(Task<T> task)
{
    /// <summary>The work whose result the future carries.</summary>
    public Task<T> Task { get; } = task;

    /// <summary>Whether the guest already took the result.</summary>
    public bool IsTaken { get; private set; }

    /// <summary>Null while the task runs; then ok with its result the first time and err every later time.</summary>
    public Result<T, Unit>? Take()
    {
        if (!Task.IsCompleted)
        {
            return null;
        }

        if (IsTaken)
        {
            return Result.Err();
        }

        IsTaken = true;
        return Result.Ok(Task.Result);
    }
}
