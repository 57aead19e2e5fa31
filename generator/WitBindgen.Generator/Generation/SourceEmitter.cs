using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WitBindgen.CodeGen;
using WitBindgen.Generator.Diagnostics;
using WitBindgen.Wit.Diagnostics;
using WitDescriptor = WitBindgen.Wit.Diagnostics.DiagnosticDescriptor;
using WitDiagnostic = WitBindgen.Wit.Diagnostics.Diagnostic;

namespace WitBindgen.Generator.Generation;

/// <summary>Adds every item's generated files and diagnostics to the compilation.</summary>
internal static class SourceEmitter
{
    /// <summary>
    /// Reports each item's diagnostics and adds its files. A file two items generate alike (types of a shared
    /// dependency) is added once; alike names with different contents keep the first and report WIT0913.
    /// Items whose code needs an assembly the project does not reference add nothing and report why.
    /// </summary>
    public static void Emit(SourceProductionContext context, ImmutableArray<GroupOutput> outputs, ReferencedRuntimes runtimes)
    {
        var added = new Dictionary<string, (string Root, string Text)>(StringComparer.OrdinalIgnoreCase);
        foreach (var output in outputs)
        {
            foreach (var diagnostic in output.Diagnostics)
            {
                context.ReportDiagnostic(RoslynDiagnostics.Create(diagnostic));
            }

            if (output.Files.IsEmpty || MissingReference(output, runtimes) is not { } missing)
            {
                AddFiles(context, output, added);
            }
            else
            {
                context.ReportDiagnostic(RoslynDiagnostics.Create(WitDiagnostic.Create(missing, null, output.Root)));
            }
        }
    }

    private static WitDescriptor? MissingReference(GroupOutput output, ReferencedRuntimes runtimes) =>
        !runtimes.HasTypes ? WitDiagnostics.MissingTypesReference
        : output.Mode == BindingMode.Host && !runtimes.HasRuntime ? WitDiagnostics.MissingRuntimeReference
        : null;

    private static void AddFiles(SourceProductionContext context, GroupOutput output, Dictionary<string, (string Root, string Text)> added)
    {
        foreach (var file in output.Files)
        {
            if (added.TryGetValue(file.HintName, out var first))
            {
                if (!string.Equals(first.Text, file.Text, StringComparison.Ordinal))
                {
                    var conflict = WitDiagnostic.Create(WitDiagnostics.ConflictingGeneratedFile, null, first.Root, output.Root, file.HintName);
                    context.ReportDiagnostic(RoslynDiagnostics.Create(conflict));
                }

                continue;
            }

            added.Add(file.HintName, (output.Root, file.Text));
            context.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
        }
    }
}
