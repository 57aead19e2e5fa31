namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// An import of the outermost component, or an export reached inside an imported instance: the import's name and
/// the export names leading from it (for example <c>wasi:cli/stdout@0.2.0</c>, then <c>get-stdout</c>).
/// </summary>
internal sealed class ImportedItem(string import, IReadOnlyList<string> path, ExternKind kind, TypeNode? type) : ComponentItemDefinition
{
    /// <summary>The name of the outermost component's import.</summary>
    public string Import { get; } = import;

    /// <summary>The export names inside the import, outermost first; empty for the import itself.</summary>
    public IReadOnlyList<string> Path { get; } = path;

    /// <inheritdoc />
    public override ExternKind Kind { get; } = kind;

    /// <summary>The item's type as the decoder read it: a <see cref="FuncNode"/> or <see cref="InstanceNode"/>.</summary>
    public TypeNode? Type { get; } = type;

    /// <summary>The import and path joined with <c>#</c>, for messages.</summary>
    public string DisplayName => Path.Count == 0 ? Import : Import + "#" + string.Join("#", Path);

    /// <summary>The item exported as <paramref name="name"/> from this imported instance.</summary>
    public ImportedItem Member(string name, ExternKind kind, TypeNode? type)
    {
        var path = new List<string>(Path.Count + 1);
        path.AddRange(Path);
        path.Add(name);
        return new ImportedItem(Import, path, kind, type);
    }

    /// <inheritdoc />
    public override string ToString() => "import '" + DisplayName + "'";
}
