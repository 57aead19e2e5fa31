using System.Collections.Immutable;
using WitBindgen.CodeGen;
using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Generator.Inputs;

/// <summary>
/// Gathers the .wit files of each <c>&lt;Wit&gt;</c> item into a <see cref="WitGroup"/>, laid out as the
/// command line reads a package directory: its top-level files are the root package, and each entry of
/// <c>deps/</c> (a .wit file, or a directory of them) is one dependency group.
/// </summary>
internal static class WitGrouper
{
    private const string DepsPrefix = "deps/";
    private static readonly char[] FeatureSeparators = { ',', ';' };

    /// <summary>
    /// Groups <paramref name="files"/> by item. The result does not depend on the order of the files: groups
    /// are ordered by root, files by path and dependency groups by name, all ordinally.
    /// </summary>
    public static ImmutableArray<WitGroup> Group(ImmutableArray<WitFile> files, ProjectDefaults defaults)
    {
        var groups = ImmutableArray.CreateBuilder<WitGroup>();
        var byRoot = files
            .GroupBy(f => NormalizeSeparators(f.Item.Root), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var item in byRoot)
        {
            var ordered = item.OrderBy(f => NormalizeSeparators(f.Path), StringComparer.Ordinal).ToList();
            groups.Add(CreateGroup(item.Key, ordered, defaults));
        }

        return groups.ToImmutable();
    }

    private static WitGroup CreateGroup(string root, List<WitFile> files, ProjectDefaults defaults)
    {
        // Every file of an item carries the same settings; the first by path decides, so the choice is stable.
        var settings = files[0].Item;
        var features = ParseFeatures(settings.Features ?? defaults.Features);
        var input = CreateInput(root, files, features);
        var diagnostics = new DiagnosticBag();
        var options = CreateOptions(settings, defaults, diagnostics);
        return new WitGroup(settings.Root, input, options, diagnostics.ToEquatableArray());
    }

    private static WitInput CreateInput(string root, List<WitFile> files, EquatableArray<string> features)
    {
        var rootFiles = new List<SourceFile>();
        var dependencies = new SortedDictionary<string, List<SourceFile>>(StringComparer.Ordinal);
        var isDirectory = root.EndsWith("/", StringComparison.Ordinal);
        foreach (var file in files)
        {
            var source = new SourceFile(file.Path, file.Text);
            var relative = isDirectory ? RelativePath(root, NormalizeSeparators(file.Path)) : null;
            if (relative is null || relative.IndexOf('/') < 0)
            {
                rootFiles.Add(source);
            }
            else if (relative.StartsWith(DepsPrefix, StringComparison.Ordinal))
            {
                var entry = relative.Substring(DepsPrefix.Length);
                var slash = entry.IndexOf('/');
                var name = slash < 0 ? entry : entry.Substring(0, slash);
                if (!dependencies.TryGetValue(name, out var group))
                {
                    dependencies.Add(name, group = new List<SourceFile>());
                }

                group.Add(source);
            }
        }

        var deps = dependencies.Select(d => new DependencyGroup(d.Key, d.Value.ToEquatableArray())).ToEquatableArray();
        return new WitInput(rootFiles.ToEquatableArray(), deps, features);
    }

    private static CodeGenOptions? CreateOptions(WitItemSettings settings, ProjectDefaults defaults, DiagnosticBag diagnostics)
    {
        var mode = ParseMode(settings.Root, settings.Mode ?? defaults.Mode, diagnostics);
        var isInternal = ParseIsInternal(settings.Root, settings.Visibility ?? defaults.Visibility, diagnostics);
        var implementsWasi = string.Equals(settings.ImplementWasi, "true", StringComparison.OrdinalIgnoreCase);
        return mode is { } m
            ? new CodeGenOptions(settings.World, m, settings.Namespace ?? defaults.Namespace, isInternal) { ImplementsWasi = implementsWasi }
            : null;
    }

    private static BindingMode? ParseMode(string root, string? value, DiagnosticBag diagnostics)
    {
        if (value is null)
        {
            diagnostics.Report(WitDiagnostics.MissingMode, null, root);
            return null;
        }

        if (string.Equals(value, nameof(BindingMode.Host), StringComparison.OrdinalIgnoreCase))
        {
            return BindingMode.Host;
        }

        if (string.Equals(value, nameof(BindingMode.Guest), StringComparison.OrdinalIgnoreCase))
        {
            return BindingMode.Guest;
        }

        diagnostics.Report(WitDiagnostics.InvalidMode, null, root, value);
        return null;
    }

    private static bool ParseIsInternal(string root, string? value, DiagnosticBag diagnostics)
    {
        if (value is null || string.Equals(value, "public", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(value, "internal", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        diagnostics.Report(WitDiagnostics.InvalidVisibility, null, root, value);
        return false;
    }

    /// <summary>Splits a feature list; the result is sorted and free of duplicates, so the order written does not matter.</summary>
    private static EquatableArray<string> ParseFeatures(string? value) =>
        value is null
            ? EquatableArray<string>.Empty
            : value.Split(FeatureSeparators)
                .Select(f => f.Trim())
                .Where(f => f.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToEquatableArray();

    /// <summary>The path of <paramref name="path"/> below <paramref name="root"/>, or null when it is not below it.</summary>
    private static string? RelativePath(string root, string path) =>
        path.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? path.Substring(root.Length) : null;

    private static string NormalizeSeparators(string path) => path.Replace('\\', '/');
}
