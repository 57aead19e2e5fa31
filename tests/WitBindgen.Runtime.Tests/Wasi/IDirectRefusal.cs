namespace WitBindgen.Runtime.Tests.Wasi;

/// <summary>
/// Tells a <see cref="DirectTheoryAttribute"/> whether the direct backend refuses the component a theory row runs.
/// Implementations have a parameterless constructor.
/// </summary>
public interface IDirectRefusal
{
    /// <summary>Why the runtime refuses the row's component on the direct backend, or null when it accepts it.</summary>
    string? Refusal(object?[] row);
}
