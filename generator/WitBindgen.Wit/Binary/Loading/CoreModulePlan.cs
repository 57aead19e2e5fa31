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

    private readonly Dictionary<string, CoreModuleExport> _exportsByName = IndexByName(exports);

    /// <summary>The export named <paramref name="name"/>, or null.</summary>
    public CoreModuleExport? FindExport(string name) => _exportsByName.TryGetValue(name, out var export) ? export : null;

    private static Dictionary<string, CoreModuleExport> IndexByName(IReadOnlyList<CoreModuleExport> exports)
    {
        var byName = new Dictionary<string, CoreModuleExport>(exports.Count);
        foreach (var export in exports)
        {
            if (!byName.ContainsKey(export.Name))
            {
                byName.Add(export.Name, export);
            }
        }

        return byName;
    }
}
