namespace WitBindgen.Generator.Diagnostics;

/// <summary>
/// Where each diagnostic code is documented. The project publishes no web page of its own, so diagnostics carry
/// no help link (a link to a page that does not exist would be worse than none); each descriptor's
/// description names the section of docs/diagnostics.md, the page in the repository that the WitBindgen
/// package also ships as <c>docs/diagnostics.md</c>.
/// </summary>
internal static class DiagnosticHelp
{
    /// <summary>The page listing every code, one section each, relative to the repository and the package root.</summary>
    public const string Page = "docs/diagnostics.md";

    /// <summary>The description of <paramref name="id"/>: where its section is, such as <c>… docs/diagnostics.md#wit0106 …</c>.</summary>
    public static string DescriptionFor(string id) =>
        $"{id} is described in {Page}#{id.ToLowerInvariant()}, in the WitBindgen repository and package.";
}
