using WitBindgen.Generator.Tests.Infrastructure;

namespace WitBindgen.Generator.Tests.Build;

/// <summary>
/// Builds real projects with <c>dotnet build</c>: the <c>&lt;Wit&gt;</c> items, the targets that expand them and
/// the generator loaded by the compiler, end to end. Slow (a build each), so kept to six.
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
    public void A_build_skips_a_named_pipe_among_the_wit_files_with_a_warning_naming_it()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        // The compiler reads every additional file whole: a named pipe would block it, and the build, forever.
        using var project = ConsumerProject.Create(
            """
            <Wit Include="wit/" World="calc" Mode="Guest" />
            <Wit Include="pipe.wit" Mode="Guest" />
            """)
            .Write("wit/calc.wit", WitSamples.Calc)
            .Write("Program.cs", "var p = new Example.Calc.Ops.Point(1, 2);\nSystem.Console.WriteLine(p.X + p.Y);\n");
        var inside = MakeFifo(Path.Combine(project.Directory, "wit", "zz-pipe.wit"));
        var item = MakeFifo(Path.Combine(project.Directory, "pipe.wit"));

        var (exitCode, output) = project.Build();

        exitCode.ShouldBe(0, output);
        output.ShouldContain($"warning WIT0917: the WIT file '{inside}' is not a regular file", Case.Sensitive, output);
        output.ShouldContain($"warning WIT0917: the WIT file '{item}' is not a regular file", Case.Sensitive, output);
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
            // No Mode: a project referencing the runtime gets host bindings.
            """<Wit Include="wit/" World="app" Namespace="App.Bindings" />""",
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

    [Fact]
    public void A_build_reports_two_implementations_of_a_guest_export_at_both_classes()
    {
        using var project = ConsumerProject.Create(
            """<Wit Include="wit/" Mode="Guest" />""",
            "<AllowUnsafeBlocks>true</AllowUnsafeBlocks>")
            .Write("wit/calc.wit", "package example:calc;\n\ninterface ops {\n    add: func(a: s32, b: s32) -> s32;\n}\n\nworld calc {\n    export ops;\n}\n")
            .Write("Program.cs", "using Example.Calc.Ops;\nSystem.Console.WriteLine(OpsExports.Implementation.Add(1, 2));\nsealed class First : IOps { public int Add(int a, int b) => a + b; }\n")
            .Write("Second.cs", "namespace App;\n\nsealed class Second : Example.Calc.Ops.IOps { public int Add(int a, int b) => a - b; }\n");

        var (exitCode, output) = project.Build();

        exitCode.ShouldNotBe(0, output);
        var at = Path.Combine(project.Directory, "Second.cs") + "(3,14): error WIT0931: the export 'example:calc/ops' is implemented by more than one class: App.Second, First.";
        output.ShouldContain(at, Case.Sensitive, output);
        output.ShouldContain(Path.Combine(project.Directory, "Program.cs") + "(3,14): error WIT0931", Case.Sensitive, output);
        output.ShouldNotContain("error CS", Case.Sensitive, output);
    }

    [Fact]
    public void A_build_registers_the_one_implementation_of_a_guest_export_without_warnings()
    {
        // No Mode and no runtime reference: guest bindings, with unsafe code allowed for them.
        using var project = ConsumerProject.Create(
            """<Wit Include="wit/" />""",
            "<GenerateDocumentationFile>true</GenerateDocumentationFile><TreatWarningsAsErrors>true</TreatWarningsAsErrors><NoWarn>$(NoWarn);CS1591</NoWarn>")
            .Write("wit/calc.wit", "package example:calc;\n\ninterface ops {\n    add: func(a: s32, b: s32) -> s32;\n}\n\nworld calc {\n    export ops;\n}\n")
            .Write("Program.cs", "System.Console.WriteLine(\"sum=\" + Example.Calc.Ops.OpsExports.Implementation.Add(40, 2));\n")
            .Write("Adder.cs", "using Example.Calc.Ops;\n\nnamespace App.Impl;\n\ninternal sealed class Adder : IOps\n{\n    public int Add(int a, int b) => a + b;\n}\n");

        var (exitCode, output) = project.Build();

        exitCode.ShouldBe(0, output);
        output.ShouldNotContain(": warning ", Case.Sensitive, output);
        output.ShouldNotContain(": error ", Case.Sensitive, output);
        var (runExit, runOutput) = DotnetCli.Run(project.Directory, TimeSpan.FromMinutes(2), Path.Combine("bin", "Debug", "net10.0", "Consumer.dll"));
        runExit.ShouldBe(0, runOutput);
        runOutput.ShouldContain("sum=42", Case.Sensitive, runOutput);
    }

    private static string MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", new[] { path });
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
        return path;
    }
}
