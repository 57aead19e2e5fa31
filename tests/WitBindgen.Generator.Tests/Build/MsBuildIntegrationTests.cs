using WitBindgen.Generator.Tests.Infrastructure;

namespace WitBindgen.Generator.Tests.Build;

/// <summary>
/// Builds real projects with <c>dotnet build</c>: the <c>&lt;Wit&gt;</c> items, the targets that expand them and
/// the generator loaded by the compiler, end to end. Slow (a build each), so kept to three.
/// </summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class MsBuildIntegrationTests
{
    [Fact]
    public void A_build_reports_a_wit_error_at_its_line_and_column_in_msbuild_form()
    {
        using var project = ConsumerProject.Create(
            """
            <Wit Include="wit/" World="calc" Mode="Guest" />
            <Wit Include="other/" World="calc" Mode="Guest" Namespace="Other" Visibility="protected" />
            <Wit Include="missing/" Mode="Guest" />
            """,
            "<NoWarn>$(NoWarn);WIT0912;WIT0916</NoWarn>")
            .Write("wit/calc.wit", WitSamples.CalcWithUnknownType)
            .Write("other/calc.wit", WitSamples.Calc)
            .Write("Program.cs", "System.Console.WriteLine();");

        var (exitCode, output) = project.Build();

        exitCode.ShouldNotBe(0, output);
        var expected = Path.Combine(project.Directory, "wit", "calc.wit") + "(8,28): error WIT0106: name `nope` does not exist";
        output.ShouldContain(expected, Case.Sensitive, output);
        output.ShouldNotContain("WIT0912", Case.Sensitive, output);
        output.ShouldNotContain("WIT0916", Case.Sensitive, output);
        output.ShouldNotContain("CS8785", Case.Sensitive, output);
    }

    [Fact]
    public void A_build_compiles_code_that_uses_the_bindings_and_reports_warnings()
    {
        using var project = ConsumerProject.Create(
            """
            <Wit Include="wit/" World="calc" Mode="Guest" Visibility="protected" />
            <Wit Include="missing/" Mode="Guest" />
            """)
            .Write("wit/calc.wit", WitSamples.Calc)
            .Write("Program.cs", "var p = new Example.Calc.Ops.Point(1, 2);\nSystem.Console.WriteLine(p.X + p.Y);\n");

        var (exitCode, output) = project.Build();

        exitCode.ShouldBe(0, output);
        output.ShouldContain("warning WIT0912: the visibility 'protected'", Case.Sensitive, output);
        output.ShouldContain("warning WIT0916: the <Wit> item 'missing/' is neither a .wit file nor a directory", Case.Sensitive, output);
    }

    [Fact]
    public void A_project_reuses_the_types_a_referenced_project_generated()
    {
        // The library binds its world as a guest, the app as a host: the types are the same in both modes.
        using var library = ConsumerProject.Create(
            """<Wit Include="wit/" World="numbers" Mode="Guest" />""",
            "<OutputType>Library</OutputType>",
            name: "Library")
            .Write("wit/numbers.wit", WitSamples.Numbers + "\nworld numbers {\n    import types;\n}\n");
        using var app = ConsumerProject.Create(
            """<Wit Include="wit/" World="app" Mode="Host" Namespace="App.Bindings" />""",
            "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>",
            $"""
            <ProjectReference Include="{Path.Combine(library.Directory, "Library.csproj")}" />
            <ProjectReference Include="{Path.Combine(TestPaths.RepoRoot, "runtime", "WitBindgen.Runtime", "WitBindgen.Runtime.csproj")}" />
            """)
            .Write("wit/app.wit", WitSamples.UsesNumbers)
            .Write("wit/deps/numbers.wit", WitSamples.Numbers)
            // Compiles only if the app's record holds the library's Number rather than a copy of its own.
            .Write("Program.cs", "var r = new App.Bindings.Api.Reading(new Example.Numbers.Types.Number(1.5, \"m\"));\nSystem.Console.WriteLine(r.Value.Unit);\n");

        var (exitCode, output) = app.Build();

        exitCode.ShouldBe(0, output);
        var generated = Directory.GetFiles(Path.Combine(app.Directory, "obj"), "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        generated.ShouldContain("App.Bindings.Api.Types.g.cs");
        generated.ShouldContain("App.Bindings.Api.Host.g.cs"); // the host code marshalling the library's Number
        generated.ShouldNotContain("App.Bindings.Types.Types.g.cs");
    }
}
