namespace WitBindgen.Wit.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the input is still accepted.</summary>
    Warning,

    /// <summary>The input is rejected.</summary>
    Error,
}

/// <summary>A problem found in WIT input, with a stable code and the place it was found.</summary>
/// <param name="Descriptor">Which diagnostic this is.</param>
/// <param name="Message">The formatted message, saying what is wrong and what to do.</param>
/// <param name="Location">The place in a .wit file, when there is one.</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, string Message, SourceLocation? Location)
{
    /// <summary>The stable code, such as <c>WIT0001</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>Creates a diagnostic from a descriptor and its message arguments.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] args) =>
        new(descriptor, descriptor.Format(args), location);

    /// <summary>Formats the diagnostic as MSBuild does: <c>path(line,col): error WIT0001: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return Location is { } l
            ? $"{l.Path}({l.Line},{l.Column}): {severity} {Id}: {Message}"
            : $"{severity} {Id}: {Message}";
    }
}

/// <summary>Describes one kind of diagnostic: its code, severity and message template.</summary>
/// <param name="Id">The stable code, such as <c>WIT0001</c>.</param>
/// <param name="Title">A short title for documentation and IDEs.</param>
/// <param name="MessageFormat">A composite format string for the message.</param>
/// <param name="Severity">The severity.</param>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary>Formats the message with invariant culture.</summary>
    public string Format(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
