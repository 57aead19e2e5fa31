using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Robustness;

/// <summary>
/// Resolves an input on a worker thread with a time limit and says what, if anything, is wrong with how the
/// front end behaved: an exception, a hang, or a result that breaks the <see cref="ResolveResult"/> contract.
/// </summary>
internal static class ResolveProbe
{
    /// <summary>
    /// How long one input may take: about a hundred times what the largest input needs, so that a busy
    /// machine does not turn a slow run into a reported hang.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Resolves <paramref name="input"/> and returns null when all is well, or what went wrong.</summary>
    public static string? Check(WitInput input)
    {
        var work = Task.Factory.StartNew(() => WitResolver.Resolve(input), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!work.Wait(Timeout))
            {
                return $"did not finish within {Timeout.TotalSeconds:0} s";
            }
        }
        catch (AggregateException e)
        {
            return "threw " + e.InnerException;
        }

        return CheckContract(work.Result);
    }

    /// <summary>Checks what every result must satisfy, returning null when it does.</summary>
    public static string? CheckContract(ResolveResult? result)
    {
        if (result is null)
        {
            return "returned null";
        }

        if (result.Model is null && !result.HasErrors)
        {
            return "returned no model and no error";
        }

        if (result.Model is not null && result.HasErrors)
        {
            return "returned a model despite errors";
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Id == WitDiagnostics.InternalError.Id)
            {
                return "reported an internal error: " + diagnostic;
            }

            if (diagnostic.Location is { } location)
            {
                if (string.IsNullOrEmpty(location.Path) || location.Line < 1 || location.Column < 1)
                {
                    return "reported a diagnostic with a broken location: " + diagnostic;
                }
            }
            else if (!IsIoDiagnostic(diagnostic))
            {
                return "reported a diagnostic without a location: " + diagnostic;
            }
        }

        return null;
    }

    private static bool IsIoDiagnostic(Diagnostic diagnostic) =>
        string.CompareOrdinal(diagnostic.Id, "WIT0901") >= 0 && string.CompareOrdinal(diagnostic.Id, "WIT0999") <= 0;
}
