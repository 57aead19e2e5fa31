using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Model;

/// <summary>A resolved package name <c>ns:name@version</c>.</summary>
public sealed record PackageName(string Namespace, string Name, SemVer? Version)
{
    /// <summary>The name without version: <c>ns:name</c>.</summary>
    public string NameWithoutVersion => $"{Namespace}:{Name}";

    /// <inheritdoc />
    public override string ToString() => Version is null ? NameWithoutVersion : $"{NameWithoutVersion}@{Version}";
}
