namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// A core module embedded in the component: where its bytes are and what it imports and exports. A module that
/// a nested component instantiates several times appears once, so it can be compiled once.
/// </summary>
internal sealed class CoreModulePlan(int index, ArraySegment<byte> content, IReadOnlyList<CoreModuleImport> imports, IReadOnlyList<CoreModuleExport> exports)
{
    /// <summary>The module's position in <see cref="ComponentPlan.Modules"/>.</summary>
    public int Index { get; } = index;

    /// <summary>The module's bytes, a window of the component binary (starting with <c>\0asm</c>).</summary>
    public ArraySegment<byte> Content { get; } = content;

    /// <summary>The byte offset of the module in the component binary.</summary>
    public int Offset => Content.Offset;

    /// <summary>The module's imports in order.</summary>
    public IReadOnlyList<CoreModuleImport> Imports { get; } = imports;

    /// <summary>The module's exports in order.</summary>
    public IReadOnlyList<CoreModuleExport> Exports { get; } = exports;

    /// <summary>The export named <paramref name="name"/>, or null.</summary>
    public CoreModuleExport? FindExport(string name)
    {
        foreach (var export in Exports)
        {
            if (export.Name == name)
            {
                return export;
            }
        }

        return null;
    }
}
