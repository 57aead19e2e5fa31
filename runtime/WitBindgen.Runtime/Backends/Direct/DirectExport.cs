using WitBindgen.Wit.Binary;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A function a <see cref="DirectInstance"/> exports: its core function, its canonical options and its component type,
/// called with the component model's instance rules (no re-entrance, no import while realloc or post-return runs,
/// post-return once after the results were read). Failures name the export's path.
/// </summary>
internal sealed class DirectExport
{
    internal DirectExport(DirectInstance instance, string path, CoreFunction function, DirectOptions options, FuncNode type)
    {
        Instance = instance;
        Path = path;
        Function = function;
        Options = options;
        Type = type;
    }

    /// <summary>The instance.</summary>
    public DirectInstance Instance { get; }

    /// <summary>The export's path (<c>interface#function</c>, or the function's name at the top level).</summary>
    public string Path { get; }

    /// <summary>The lifted core function, whose failures name <see cref="Path"/>.</summary>
    public CoreFunction Function { get; }

    /// <summary>The lift's options resolved to the instance's externs.</summary>
    public DirectOptions Options { get; }

    /// <summary>The function's component type.</summary>
    public FuncNode Type { get; }

    /// <summary>
    /// Calls the export with flat core arguments and leaves its flat core results in <paramref name="argsAndResults"/>
    /// (scalars pass through unchanged), running post-return with them before returning.
    /// </summary>
    /// <exception cref="WitReentranceException">The instance is already running further up the stack (the store is poisoned).</exception>
    /// <exception cref="WitTrapException">The guest trapped (the store is poisoned).</exception>
    public void Call(Span<ValRaw> argsAndResults) => Call(argsAndResults, static (_, _) => 0);

    /// <summary>
    /// Calls the export with flat core arguments, reads the results with <paramref name="lift"/>, then runs
    /// post-return with the flat results and returns what <paramref name="lift"/> made. When <paramref name="lift"/>
    /// throws, post-return is skipped and the store poisoned.
    /// </summary>
    /// <exception cref="ArgumentException">The span has fewer slots than the core function needs.</exception>
    /// <exception cref="WitReentranceException">The instance is already running further up the stack (the store is poisoned).</exception>
    /// <exception cref="WitTrapException">The guest or its post-return trapped (the store is poisoned).</exception>
    public TResult Call<TResult>(Span<ValRaw> argsAndResults, DirectLift<TResult> lift)
    {
        ArgumentNullException.ThrowIfNull(lift);
        Instance.Enter(Path);
        try
        {
            Function.Call(argsAndResults);
            var results = argsAndResults[..Function.ResultCount];
            TResult lifted;
            try
            {
                lifted = lift(this, results);
            }
            catch (Exception error)
            {
                Instance.Store.Store.Poison(error, Path);
                throw;
            }

            if (Options.PostReturn is { } postReturn)
            {
                Span<ValRaw> flat = stackalloc ValRaw[Math.Max(postReturn.SlotCount, results.Length)];
                results.CopyTo(flat);
                Instance.RunWithoutLeaving(postReturn, flat);
            }

            return lifted;
        }
        finally
        {
            Instance.Leave();
        }
    }
}
