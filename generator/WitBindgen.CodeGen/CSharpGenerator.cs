using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Emit;
using WitBindgen.CodeGen.Emit.Guest;
using WitBindgen.CodeGen.Emit.Host;
using WitBindgen.CodeGen.Emit.Types;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen;

/// <summary>Generates C# bindings for one world of a resolved WIT model.</summary>
public static class CSharpGenerator
{
    /// <summary>
    /// Generates the C# files for the world <paramref name="options"/> selects: the type declarations both
    /// modes share, then the host or guest bindings. Never throws for any model; problems become diagnostics,
    /// and a world using a feature the mode does not support yet gives diagnostics and no files.
    /// </summary>
    /// <param name="model">A model from <c>WitResolver.Resolve</c>.</param>
    /// <param name="options">World, mode, namespace and accessibility.</param>
    /// <returns>The files ordered by hint name, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CodeGenResult Generate(WitModel model, CodeGenOptions options)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var diagnostics = new DiagnosticBag();
        IReadOnlyList<GeneratedFile> files;
        var declared = EquatableArray<ReusedInterface>.Empty;
        var exports = new List<GuestExport>();
        try
        {
            files = Run(model, options, diagnostics, exports, out declared);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Report(WitDiagnostics.InternalError, null, $"{ex.GetType().Name}: {ex.Message}");
            files = Array.Empty<GeneratedFile>();
            declared = EquatableArray<ReusedInterface>.Empty;
            exports.Clear();
        }

        return new CodeGenResult(files.ToEquatableArray(), diagnostics.ToEquatableArray()) { DeclaredInterfaces = declared, Exports = exports.ToEquatableArray() };
    }

    private static IReadOnlyList<GeneratedFile> Run(WitModel model, CodeGenOptions options, DiagnosticBag diagnostics, List<GuestExport> exports, out EquatableArray<ReusedInterface> declared)
    {
        declared = EquatableArray<ReusedInterface>.Empty;
        if (CodeGenContext.Create(model, options, diagnostics) is not { } context || !TypeSupport.Check(context))
        {
            return Array.Empty<GeneratedFile>();
        }

        if (!options.Internal)
        {
            declared = context.Interfaces
                .Where(c => context.Model[c.InterfaceId!.Value].Name is not null && c.DeclaredTypes.Count > 0)
                .GroupBy(c => c.WitName, StringComparer.Ordinal)
                .Select(g => g.First()) // the container other projects reuse, as the planner picks it
                .Where(c => !c.IsReused)
                .Select(c => new ReusedInterface(c.WitName, c.Namespace))
                .OrderBy(i => i.WitName, StringComparer.Ordinal)
                .ToEquatableArray();
        }

        IModeEmitter mode = options.Mode == BindingMode.Host ? new HostEmitter() : new GuestEmitter();
        var bindings = mode.Emit(context);
        var files = TypeFilesEmitter.Emit(context).Concat(bindings.Files).ToList();
        exports.AddRange(bindings.GuestExports);

        var duplicate = files.GroupBy(f => f.HintName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"two generated files share the hint name `{duplicate.Key}`");
        }

        return files.OrderBy(f => f.HintName, StringComparer.Ordinal).ToList();
    }
}
