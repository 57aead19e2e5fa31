namespace WitBindgen.Wit.Binary.Loading;

/// <summary>A core module in a component's core module index space: an embedded module, or an imported one.</summary>
internal sealed class CoreModuleItem(int module, string? importName) : ComponentItemDefinition
{
    /// <summary>The module in <see cref="ComponentPlan.Modules"/>, or -1 when imported.</summary>
    public int Module { get; } = module;

    /// <summary>For an imported module: the import's name.</summary>
    public string? ImportName { get; } = importName;

    /// <inheritdoc />
    public override ExternKind Kind => ExternKind.CoreModule;
}
