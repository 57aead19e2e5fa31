using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>Calls a direct export at the value level, returning its result rather than filling a span.</summary>
internal static class DirectValueCalls
{
    /// <summary>Calls <paramref name="export"/> with <paramref name="arguments"/> and returns its result (owned by the caller).</summary>
    public static ComponentVal? Call(DirectExport export, params ComponentVal[] arguments)
    {
        var results = new ComponentVal[export.Type.Result is null ? 0 : 1];
        export.Call(arguments, results);
        return results.Length == 0 ? null : results[0];
    }
}
