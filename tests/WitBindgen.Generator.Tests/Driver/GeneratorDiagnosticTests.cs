using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using WitBindgen.CodeGen;
using WitBindgen.Generator.Generation;
using WitBindgen.Generator.Inputs;
using WitBindgen.Generator.Tests.Infrastructure;
using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Generator.Tests.Driver;

public sealed class GeneratorDiagnosticTests
{
    private static readonly WitItemSpec CalcItem = new("/project/wit/", World: "calc");

    [Fact]
    public void Locates_a_wit_error_in_the_wit_file()
    {
        var project = new TestProject().Add(CalcItem, "calc.wit", WitSamples.CalcWithUnknownType);

        var (_, result, _) = GeneratorRunner.Run(project);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("WIT0106");
        diagnostic.Severity.ShouldBe(Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("`nope`");
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe("/project/wit/calc.wit");
        (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).ShouldBe((8, 28));
        (span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1).ShouldBe((8, 32));
        var offset = WitSamples.CalcWithUnknownType.IndexOf("nope", StringComparison.Ordinal);
        diagnostic.Location.SourceSpan.ShouldBe(new Microsoft.CodeAnalysis.Text.TextSpan(offset, 4));
        GeneratorRunner.Sources(result).ShouldBeEmpty();
    }

    [Fact]
    public void Describes_each_code_once_with_its_category_and_where_it_is_documented()
    {
        var project = new TestProject().Add(CalcItem, "calc.wit", WitSamples.CalcWithUnknownType);

        var (_, result, _) = GeneratorRunner.Run(project);

        var descriptor = result.Diagnostics.Single().Descriptor;
        descriptor.Category.ShouldBe("WitBindgen");
        descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(WitDiagnostics.NameNotFound.Title);
        descriptor.HelpLinkUri.ShouldBeEmpty();
        descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("docs/diagnostics.md#wit0106");
        GeneratorRunner.Run(project).Result.Diagnostics.Single().Descriptor.ShouldBeSameAs(descriptor);
    }

    [Fact]
    public void Reports_a_parse_error_and_keeps_other_items_generating()
    {
        var broken = new WitItemSpec("/project/broken/");
        var project = new TestProject()
            .Add(broken, "broken.wit", "package a:b;\ninterface i {\n  f: func(;\n}\n")
            .Add(CalcItem, "calc.wit", WitSamples.Calc);

        var (_, result, _) = GeneratorRunner.Run(project);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("WIT0001");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/project/broken/broken.wit");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(2);
        GeneratorRunner.Sources(result).Keys.ShouldBe(["Example.Calc.Ops.Types.g.cs"]);
    }

    [Fact]
    public void Reports_a_missing_mode_without_a_location()
    {
        var project = new TestProject().Add(CalcItem with { Mode = null }, "calc.wit", WitSamples.Calc);

        var (_, result, _) = GeneratorRunner.Run(project);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("WIT0910");
        diagnostic.Location.ShouldBe(Location.None);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("/project/wit/");
        GeneratorRunner.Sources(result).ShouldBeEmpty();
    }

    [Fact]
    public void Reports_an_invalid_mode()
    {
        var project = new TestProject().Add(CalcItem with { Mode = "Server" }, "calc.wit", WitSamples.Calc);

        var (_, result, _) = GeneratorRunner.Run(project);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("WIT0911");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'Server'");
    }

    [Fact]
    public void Warns_about_an_invalid_visibility_and_generates_public_types()
    {
        var project = new TestProject().Add(CalcItem with { Visibility = "protected" }, "calc.wit", WitSamples.Calc);

        var (_, result, _) = GeneratorRunner.Run(project);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("WIT0912");
        diagnostic.Severity.ShouldBe(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        GeneratorRunner.Sources(result).Values.Single().ShouldContain("public sealed record Point(");
    }

    [Fact]
    public void A_warning_can_be_silenced_as_NoWarn_does()
    {
        var project = new TestProject().Add(CalcItem with { Visibility = "protected" }, "calc.wit", WitSamples.Calc);
        var compilation = GeneratorRunner.CreateCompilation();
        var options = compilation.Options.WithSpecificDiagnosticOptions(
            ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("WIT0912", ReportDiagnostic.Suppress));

        var (_, result, _) = GeneratorRunner.Run(project, compilation.WithOptions(options));

        result.Diagnostics.ShouldBeEmpty();
        GeneratorRunner.Sources(result).Count.ShouldBe(1);
    }

    [Fact]
    public void Adds_nothing_and_says_why_when_WitBindgen_Types_is_not_referenced()
    {
        var project = new TestProject().Add(CalcItem, "calc.wit", WitSamples.Calc);

        var (_, result, _) = GeneratorRunner.Run(project, GeneratorRunner.CreateCompilation(referenceTypes: false));

        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("WIT0914");
        GeneratorRunner.Sources(result).ShouldBeEmpty();
    }

    [Fact]
    public void Host_mode_needs_WitBindgen_Runtime_and_guest_mode_does_not()
    {
        var host = new TestProject().Add(CalcItem with { Mode = "Host" }, "calc.wit", WitSamples.Calc);
        var guest = new TestProject().Add(CalcItem with { Mode = "Guest" }, "calc.wit", WitSamples.Calc);

        var withoutRuntime = GeneratorRunner.Run(host).Result;
        var withRuntime = GeneratorRunner.Run(host, GeneratorRunner.CreateCompilation(referenceRuntime: true)).Result;
        var guestWithoutRuntime = GeneratorRunner.Run(guest).Result;

        var diagnostic = withoutRuntime.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("WIT0915");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("<PackageReference Include=\"WitBindgen.Runtime\" />");
        GeneratorRunner.Sources(withoutRuntime).ShouldBeEmpty();
        withRuntime.Diagnostics.ShouldBeEmpty();
        GeneratorRunner.Sources(withRuntime).Count.ShouldBe(1);
        guestWithoutRuntime.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Reports_two_items_generating_one_file_differently()
    {
        var first = new WitItemSpec("/project/a/", World: "calc", Namespace: "Same");
        var second = new WitItemSpec("/project/b/", World: "calc", Namespace: "Same", Visibility: "internal");
        var project = new TestProject()
            .Add(first, "calc.wit", WitSamples.Calc)
            .Add(second, "calc.wit", WitSamples.Calc);

        var (_, result, _) = GeneratorRunner.Run(project);

        // One WIT0913 per file the two items generate differently (the type declarations and the mode's files).
        result.Diagnostics.ShouldNotBeEmpty();
        result.Diagnostics.ShouldAllBe(d => d.Id == "WIT0913");
        var diagnostic = result.Diagnostics.Single(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(".Types.g.cs"));
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'/project/a/' and in '/project/b/'");
        GeneratorRunner.Sources(result).Values.Single().ShouldContain("public sealed record Point(");
    }

    [Fact]
    public void Turns_an_internal_failure_into_WIT0900_instead_of_throwing()
    {
        // A group whose input breaks the resolver's assumptions: the failure must come back as a diagnostic.
        var group = new WitGroup(
            "/project/wit/",
            null!,
            new CodeGenOptions(null, BindingMode.Guest, null, false),
            EquatableArray<WitBindgen.Wit.Diagnostics.Diagnostic>.Empty);

        var output = GroupGenerator.Generate(group, EquatableArray<ReusedInterface>.Empty, EquatableArray<string>.Empty, CancellationToken.None);

        output.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("WIT0900");
        output.Files.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Lets_cancellation_through()
    {
        var project = new TestProject().Add(CalcItem, "calc.wit", WitSamples.Calc);
        var driver = GeneratorRunner.CreateDriver(project);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => driver.RunGenerators(GeneratorRunner.CreateCompilation(), cancelled.Token));
    }
}
