using WitBindgen.Wit;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>Resolves one WIT text, throwing with the diagnostics when it is invalid.</summary>
internal static class WitText
{
    public static WitModel Resolve(string name, string text)
    {
        var files = new[] { new SourceFile(name, text) }.ToEquatableArray();
        var resolved = WitResolver.Resolve(new WitInput(files, EquatableArray<DependencyGroup>.Empty, EquatableArray<string>.Empty));
        return resolved.Model ?? throw new InvalidOperationException(string.Join("\n", resolved.Diagnostics));
    }
}
