using System.Threading;
using WitBindgen.CodeGen;
using WitBindgen.Generator.Inputs;
using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Generator.Generation;

/// <summary>Resolves one <c>&lt;Wit&gt;</c> item's WIT and generates its C#.</summary>
internal static class GroupGenerator
{
    /// <summary>
    /// Runs the resolver and the code generator, reusing the types of the <paramref name="reused"/> interfaces and
    /// keeping namespaces derived from WIT out of <paramref name="referencedNamespaces"/>. Never throws except for
    /// cancellation: an unexpected failure becomes a WIT0900 diagnostic, so a bug shows as one error and not as a failed build.
    /// </summary>
    public static GroupOutput Generate(
        WitGroup group, EquatableArray<ReusedInterface> reused, EquatableArray<string> referencedNamespaces, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(group.Diagnostics);
        var files = EquatableArray<GeneratedFile>.Empty;
        var declared = EquatableArray<ReusedInterface>.Empty;
        var exports = EquatableArray<GuestExport>.Empty;
        try
        {
            if (group.Options is { } options)
            {
                var resolved = WitResolver.Resolve(group.Input, ParseCache.Parse);
                diagnostics.AddRange(resolved.Diagnostics);
                cancellationToken.ThrowIfCancellationRequested();
                if (resolved.Model is { } model)
                {
                    var generated = CSharpGenerator.Generate(model, options with { Reuse = reused, ReservedNamespaceRoots = referencedNamespaces });
                    diagnostics.AddRange(generated.Diagnostics);
                    files = generated.Files;
                    declared = generated.DeclaredInterfaces;
                    exports = generated.Exports;
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            diagnostics.Report(WitDiagnostics.InternalError, null, $"{ex.GetType().Name}: {ex.Message}");
            files = EquatableArray<GeneratedFile>.Empty;
            declared = EquatableArray<ReusedInterface>.Empty;
            exports = EquatableArray<GuestExport>.Empty;
        }

        return new GroupOutput(group.Root, group.Options?.Mode, files, diagnostics.ToEquatableArray()) { DeclaredInterfaces = declared, Exports = exports };
    }
}
