using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WitBindgen.Benchmarks.Generator;

/// <summary>Gives every additional file the metadata of one <c>&lt;Wit&gt;</c> item, as the build would.</summary>
internal sealed class WitItemOptionsProvider(string root, string world, string mode) : AnalyzerConfigOptionsProvider
{
    private readonly Options _item = new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.WitRoot"] = root,
        ["build_metadata.AdditionalFiles.WitWorld"] = world,
        ["build_metadata.AdditionalFiles.WitMode"] = mode,
    });

    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _item;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
