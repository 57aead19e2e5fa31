using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>An untyped call of either backend (<see cref="ComponentFunction.Call"/> and the direct export's equivalent).</summary>
/// <param name="args">One value per parameter.</param>
/// <param name="results">A slot per result.</param>
internal delegate void CallValues(ReadOnlySpan<ComponentVal> args, Span<ComponentVal> results);
