namespace WitBindgen.Generator.Diagnostics;

/// <summary>Where each diagnostic code is documented.</summary>
internal static class DiagnosticHelp
{
    /// <summary>The page listing every code, one section each (docs/diagnostics.md in the repository).</summary>
    public const string PageUri = "https://github.com/witbindgen/witbindgen/blob/main/docs/diagnostics.md";

    /// <summary>The link to the section for <paramref name="id"/>, such as <c>…/diagnostics.md#wit0003</c>.</summary>
    public static string UriFor(string id) => PageUri + "#" + id.ToLowerInvariant();
}
