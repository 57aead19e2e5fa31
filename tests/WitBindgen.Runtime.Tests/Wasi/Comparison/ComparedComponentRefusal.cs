namespace WitBindgen.Runtime.Tests.Wasi.Comparison;

/// <summary>Whether the direct backend refuses a compared component (the row's first value is its name).</summary>
public sealed class ComparedComponentRefusal : IDirectRefusal
{
    /// <inheritdoc />
    public string? Refusal(object?[] row) => ComparedComponents.DirectRefusal((string)row[0]!);
}
