using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WitBindgen.Benchmarks.Generator;

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    /// <inheritdoc />
    public override string Path { get; } = path;

    /// <summary>The file's text.</summary>
    public string Text { get; } = text;

    /// <inheritdoc />
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
