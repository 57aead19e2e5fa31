using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WitBindgen.Generator.Tests.Infrastructure;

/// <summary>
/// What a project hands the generator, built in memory: .wit additional files with their items' metadata, and
/// the project-wide properties.
/// </summary>
internal sealed class TestProject
{
    private readonly List<(InMemoryAdditionalText Text, WitItemSpec Item)> _files = new();

    /// <summary>Project properties by name, such as <c>WitBindgenMode</c>.</summary>
    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>The additional files, in the order added.</summary>
    public ImmutableArray<AdditionalText> Texts => _files.Select(f => (AdditionalText)f.Text).ToImmutableArray();

    /// <summary>Adds a file of <paramref name="item"/> at <paramref name="relativePath"/> below its root.</summary>
    public TestProject Add(WitItemSpec item, string relativePath, string text)
    {
        var path = item.Root.EndsWith(".wit", StringComparison.Ordinal) ? item.Root : item.Root + relativePath;
        _files.Add((new InMemoryAdditionalText(path, text), item));
        return this;
    }

    /// <summary>Adds an additional file that belongs to no <c>&lt;Wit&gt;</c> item.</summary>
    public TestProject AddUnrelated(string path, string text)
    {
        _files.Add((new InMemoryAdditionalText(path, text), null!));
        return this;
    }

    /// <summary>The options the build would pass: properties as <c>build_property.*</c>, metadata as <c>build_metadata.AdditionalFiles.*</c>.</summary>
    public AnalyzerConfigOptionsProvider CreateOptions()
    {
        var global = Properties.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value);
        var perFile = _files
            .Where(f => f.Item is not null)
            .ToImmutableDictionary(f => f.Text.Path, f => Metadata(f.Item));
        return new InMemoryOptionsProvider(global, perFile);
    }

    private static ImmutableDictionary<string, string> Metadata(WitItemSpec item)
    {
        // MSBuild passes unset metadata as empty strings; do the same so the generator sees what a build gives it.
        const string Prefix = "build_metadata.AdditionalFiles.";
        return new Dictionary<string, string>
        {
            [Prefix + "WitRoot"] = item.Root,
            [Prefix + "WitWorld"] = item.World ?? string.Empty,
            [Prefix + "WitMode"] = item.Mode ?? string.Empty,
            [Prefix + "WitNamespace"] = item.Namespace ?? string.Empty,
            [Prefix + "WitVisibility"] = item.Visibility ?? string.Empty,
            [Prefix + "WitFeatures"] = item.Features ?? string.Empty,
            [Prefix + "WitImplementWasi"] = item.ImplementWasi ?? string.Empty,
        }.ToImmutableDictionary();
    }
}
