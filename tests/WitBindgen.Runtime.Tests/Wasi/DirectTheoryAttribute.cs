using Xunit.Sdk;

namespace WitBindgen.Runtime.Tests.Wasi;

/// <summary>
/// A theory comparing the direct backend with the Wasmtime backend, one row per component. A row whose component the
/// runtime refuses on the direct backend (a WASI interface it does not implement yet) is reported as skipped with the
/// runtime's reason, so it is visible and never red; the moment the runtime accepts it, the row runs and must match.
/// Skips without the shared conformance material unless told the rows do not need it.
/// </summary>
[XunitTestCaseDiscoverer("WitBindgen.Runtime.Tests.Wasi.DirectTheoryDiscoverer", "WitBindgen.Runtime.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DirectTheoryAttribute : TheoryAttribute
{
    /// <summary>
    /// Asks <paramref name="refusal"/> (an <see cref="IDirectRefusal"/>) about each row; skips without the conformance
    /// material when <paramref name="needsConformance"/>.
    /// </summary>
    public DirectTheoryAttribute(Type refusal, bool needsConformance = true)
    {
        Refusal = refusal;
        if (needsConformance && TestPaths.Conformance is null)
        {
            Skip = TestPaths.MissingConformance;
        }
    }

    /// <summary>The <see cref="IDirectRefusal"/> that decides which rows are skipped.</summary>
    public Type Refusal { get; }
}
