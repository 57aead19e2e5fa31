namespace WitBindgen.Wit.Binary.Loading;

/// <summary>An import or export of the outermost component with what it resolves to.</summary>
/// <param name="Name">The import or export name.</param>
/// <param name="Kind">Its sort.</param>
/// <param name="Type">Its type as the decoder read it (a <see cref="FuncNode"/>, <see cref="InstanceNode"/>…).</param>
/// <param name="Definition">For an export: what it exports; for an import, the import itself.</param>
internal sealed record ComponentPlanItem(string Name, ExternKind Kind, TypeNode? Type, ComponentItemDefinition Definition);
