namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// One core definition after flattening: an export of an earlier core module instance, a lowered component
/// function or a canonical built-in. Core instances made from loose exports are resolved away: a definition
/// always names where the item really lives.
/// </summary>
/// <param name="Kind">Which list <paramref name="Index"/> refers to.</param>
/// <param name="Index">The core instantiation, lowering or built-in.</param>
/// <param name="Sort">What the definition is (functions for lowerings and built-ins).</param>
/// <param name="ExportName">For <see cref="CoreDefinitionKind.InstanceExport"/>: the export's name.</param>
internal sealed record CoreDefinition(CoreDefinitionKind Kind, int Index, CoreSort Sort, string? ExportName)
{
    /// <summary>An export of core instantiation <paramref name="instance"/>.</summary>
    public static CoreDefinition Export(int instance, string name, CoreSort sort) => new(CoreDefinitionKind.InstanceExport, instance, sort, name);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        CoreDefinitionKind.InstanceExport => "core instance " + Index + " export '" + ExportName + "'",
        CoreDefinitionKind.Lowering => "lowering " + Index,
        _ => "built-in " + Index,
    };
}
