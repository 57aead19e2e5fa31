namespace WitBindgen.Generator.Inputs;

/// <summary>
/// The project-wide defaults for <c>&lt;Wit&gt;</c> items, from the MSBuild properties <c>WitBindgenMode</c>,
/// <c>WitBindgenNamespace</c>, <c>WitBindgenVisibility</c> and <c>WitBindgenFeatures</c>.
/// </summary>
/// <param name="Mode">The default mode.</param>
/// <param name="Namespace">The default namespace.</param>
/// <param name="Visibility">The default visibility.</param>
/// <param name="Features">The default features.</param>
internal sealed record ProjectDefaults(string? Mode, string? Namespace, string? Visibility, string? Features)
{
    /// <summary>No defaults set.</summary>
    public static ProjectDefaults None { get; } = new(null, null, null, null);
}
