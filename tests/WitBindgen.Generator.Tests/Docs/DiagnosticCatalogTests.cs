using System.Reflection;
using System.Text;
using WitBindgen.Generator.Diagnostics;
using WitBindgen.Generator.Tests.Infrastructure;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Generator.Tests.Docs;

/// <summary>
/// Keeps docs/diagnostics.md (the page every diagnostic's description points to) generated from the catalog.
/// Set WITBINDGEN_UPDATE_DOCS=1 and run these tests to rewrite it after adding or changing a diagnostic.
/// </summary>
public sealed class DiagnosticCatalogTests
{
    private static readonly string DocsPath = Path.Combine(TestPaths.RepoRoot, "docs", "diagnostics.md");

    [Fact]
    public void Codes_are_unique_and_in_their_documented_ranges()
    {
        var descriptors = Catalog();

        descriptors.Select(d => d.Id).ShouldBeUnique();
        descriptors.ShouldAllBe(d => d.Id.Length == 7 && d.Id.StartsWith("WIT", StringComparison.Ordinal) && d.Id.Substring(3).All(char.IsAsciiDigit));
        descriptors.ShouldAllBe(d => !string.IsNullOrWhiteSpace(d.Title) && !string.IsNullOrWhiteSpace(d.MessageFormat));
    }

    [Fact]
    public void The_diagnostics_page_documents_every_code()
    {
        var expected = Render(Catalog());
        if (Environment.GetEnvironmentVariable("WITBINDGEN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DocsPath, expected);
        }

        var actual = File.Exists(DocsPath) ? File.ReadAllText(DocsPath).ReplaceLineEndings("\n") : string.Empty;
        actual.ShouldBe(expected, "docs/diagnostics.md is out of date: run the tests with WITBINDGEN_UPDATE_DOCS=1 to regenerate it");
    }

    [Fact]
    public void The_readme_table_lists_every_code_with_its_severity_and_title()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("<!-- diagnostic-codes:start -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- diagnostic-codes:end -->", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        end.ShouldBeGreaterThan(start);
        var rows = readme.Substring(start, end - start).Split('\n')
            .Where(line => line.StartsWith("| WIT", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToList();

        rows.Select(cells => cells[1]).ShouldBe(Catalog().Select(d => d.Id), "README.md's diagnostic table must list every code, in order");
        foreach (var descriptor in Catalog())
        {
            var cells = rows.Single(r => r[1] == descriptor.Id);
            cells[2].ShouldBe(descriptor.Severity == DiagnosticSeverity.Error ? "error" : "warning", descriptor.Id);
            cells[3].ShouldBe(descriptor.Title, descriptor.Id);
        }
    }

    [Fact]
    public void Every_code_has_a_section_on_the_page_its_description_names()
    {
        var page = File.ReadAllText(DocsPath).ReplaceLineEndings("\n");

        foreach (var descriptor in Catalog())
        {
            page.ShouldContain("\n## " + descriptor.Id + "\n", Case.Sensitive, $"docs/diagnostics.md has no section for {descriptor.Id}");
            var description = RoslynDiagnostics.DescriptorFor(descriptor).Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
            description.ShouldContain(DiagnosticHelp.Page + "#" + descriptor.Id.ToLowerInvariant());
        }
    }

    [Fact]
    public void The_build_logic_reports_only_catalogued_codes_and_links_nowhere()
    {
        var targets = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "generator", "WitBindgen.Package", "buildTransitive", "WitBindgen.targets"));
        var codes = System.Text.RegularExpressions.Regex.Matches(targets, "Code=\"(WIT[0-9]{4})\"").Select(m => m.Groups[1].Value).ToList();

        codes.ShouldNotBeEmpty();
        codes.ShouldAllBe(code => Catalog().Any(d => d.Id == code));
        targets.ShouldNotContain("HelpLink");
        targets.ShouldNotContain("http");
    }

    /// <summary>Every descriptor of the catalog, ordered by code.</summary>
    private static List<DiagnosticDescriptor> Catalog() =>
        typeof(WitDiagnostics)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>Escapes <c>&lt;</c> outside backtick spans, so <c>&lt;Wit&gt;</c> in a message is not read as HTML.</summary>
    private static string EscapeHtmlOutsideCode(string message)
    {
        var text = new StringBuilder(message.Length);
        var inCode = false;
        foreach (var c in message)
        {
            inCode ^= c == '`';
            text.Append(c == '<' && !inCode ? "&lt;" : c.ToString());
        }

        return text.ToString();
    }

    private static string Render(IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        var text = new StringBuilder();
        text.Append("""
            # Diagnostics

            <!-- Generated from the WitDiagnostics catalog by DiagnosticCatalogTests; do not edit by hand.
                 Regenerate with: WITBINDGEN_UPDATE_DOCS=1 dotnet test tests/WitBindgen.Generator.Tests -->

            Every problem WitBindgen finds has a stable code. The source generator reports them as build
            diagnostics (category `WitBindgen`) located in the `.wit` file, in the form
            `wit/calc.wit(3,5): error WIT0106: …`; `witbindgen check` prints the same lines. Warnings can be
            silenced like any compiler warning, with `<NoWarn>$(NoWarn);WIT0912</NoWarn>` in the project or
            `dotnet_diagnostic.WIT0912.severity = none` in an `.editorconfig`.

            | codes | phase |
            |---|---|
            | WIT0001–WIT0099 | reading and parsing a `.wit` file |
            | WIT0100–WIT0299 | resolving packages, names and types |
            | WIT0300–WIT0399 | generating C# |
            | WIT0400–WIT0499 | reading a component binary (`witbindgen inspect`, `witbindgen generate` from a `.wasm`) |
            | WIT0900–WIT0909 | input/output and internal errors |
            | WIT0910–WIT0929 | the build: `<Wit>` item settings and project references |
            | WIT0930–WIT0939 | the build: finding the C# classes that implement a guest world's exports |

            In messages, `{0}`, `{1}`, … stand for the names and values of the case at hand.

            """.ReplaceLineEndings("\n"));
        foreach (var d in descriptors)
        {
            text.Append('\n')
                .Append("## ").Append(d.Id).Append('\n')
                .Append('\n')
                .Append("**").Append(d.Title).Append("** (").Append(d.Severity == DiagnosticSeverity.Error ? "error" : "warning").Append(")\n")
                .Append('\n')
                .Append("> ").Append(EscapeHtmlOutsideCode(d.MessageFormat)).Append('\n');
        }

        return text.ToString();
    }
}
