namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// What a component-level index (a function, instance, type, component or core module) stands for once nested
/// components are inlined.
/// </summary>
internal abstract class ComponentItemDefinition
{
    /// <summary>The sort of the item.</summary>
    public abstract ExternKind Kind { get; }
}
