using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WitBindgen.Generator.Tests.Infrastructure;

/// <summary>Analyzer options as the build would pass them: global properties and per-file metadata.</summary>
internal sealed class InMemoryOptionsProvider(
    ImmutableDictionary<string, string> global,
    ImmutableDictionary<string, ImmutableDictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
{
    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static DictionaryOptions Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

        // [NotNullWhen(true)] is left off: the generator assembly's netstandard2.0 polyfill of that attribute is
        // visible here too, which makes the name ambiguous. The dictionary never holds null values.
#pragma warning disable CS8765
        public override bool TryGetValue(string key, out string? value) => values.TryGetValue(key, out value);
#pragma warning restore CS8765
    }
}
