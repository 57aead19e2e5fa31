using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WitDiagnostic = WitBindgen.Wit.Diagnostics.Diagnostic;
using WitDescriptor = WitBindgen.Wit.Diagnostics.DiagnosticDescriptor;
using WitSeverity = WitBindgen.Wit.Diagnostics.DiagnosticSeverity;

namespace WitBindgen.Generator.Diagnostics;

/// <summary>Turns WIT diagnostics into compiler diagnostics that point into the .wit files.</summary>
internal static class RoslynDiagnostics
{
    /// <summary>The category every WitBindgen diagnostic has.</summary>
    public const string Category = "WitBindgen";

    private static readonly ConcurrentDictionary<WitDescriptor, DiagnosticDescriptor> Descriptors = new();

    /// <summary>
    /// The compiler diagnostic for <paramref name="diagnostic"/>. The message is already formatted, so the
    /// descriptor's format is a single placeholder. The location uses the WIT line and column (which count
    /// characters, as the command line does), so the build and <c>witbindgen check</c> print the same place.
    /// </summary>
    public static Diagnostic Create(WitDiagnostic diagnostic)
    {
        var location = diagnostic.Location is { } l
            ? Location.Create(
                l.Path,
                new TextSpan(l.Span.Start, l.Span.Length),
                new LinePositionSpan(new LinePosition(l.Line - 1, l.Column - 1), new LinePosition(l.EndLine - 1, l.EndColumn - 1)))
            : Location.None;
        return Diagnostic.Create(DescriptorFor(diagnostic.Descriptor), location, diagnostic.Message);
    }

    /// <summary>Reports each of <paramref name="diagnostics"/>, in order.</summary>
    public static void Report(SourceProductionContext context, WitBindgen.Wit.EquatableArray<WitDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(Create(diagnostic));
        }
    }

    /// <summary>The compiler descriptor for a WIT descriptor: one per code, made once.</summary>
    public static DiagnosticDescriptor DescriptorFor(WitDescriptor descriptor) =>
        Descriptors.GetOrAdd(descriptor, static d => new DiagnosticDescriptor(
            d.Id,
            d.Title,
            "{0}",
            Category,
            d.Severity == WitSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: DiagnosticHelp.DescriptionFor(d.Id)));
}
