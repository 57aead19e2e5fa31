namespace WitBindgen.Wit.Diagnostics;

/// <summary>Collects diagnostics while a phase runs.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    /// <summary>Whether an error has been reported.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>The diagnostics so far, in the order reported.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
    }

    /// <summary>Adds a diagnostic made from a descriptor.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] args) =>
        Add(Diagnostic.Create(descriptor, location, args));

    /// <summary>Adds many diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>The diagnostics as an equatable array.</summary>
    public EquatableArray<Diagnostic> ToEquatableArray() => _items.ToEquatableArray();
}
