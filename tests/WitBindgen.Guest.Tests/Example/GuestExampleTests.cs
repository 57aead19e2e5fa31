using WitBindgen.CodeGen;
using WitBindgen.Guest.Tests.Infrastructure;

namespace WitBindgen.Guest.Tests.Example;

/// <summary>
/// The example guest project (<c>examples/GuestComponent</c>) keeps its generated bindings in <c>Generated/</c>:
/// they must be exactly what the generator produces now, and compile with the user's code.
/// Set <c>WITBINDGEN_UPDATE_EXAMPLE=1</c> to rewrite them after a deliberate change to the generator.
/// </summary>
public sealed class GuestExampleTests
{
    private static string ProjectDir => Path.Combine(TestPaths.RepoRoot, "examples", "GuestComponent");

    [Fact]
    public void Checked_in_bindings_are_current()
    {
        var files = Generate();
        var generatedDir = Path.Combine(ProjectDir, "Generated");
        if (Environment.GetEnvironmentVariable("WITBINDGEN_UPDATE_EXAMPLE") == "1")
        {
            foreach (var stale in Directory.GetFiles(generatedDir, "*.g.cs"))
            {
                File.Delete(stale);
            }

            foreach (var file in files)
            {
                File.WriteAllText(Path.Combine(generatedDir, file.HintName), file.Text);
            }
        }

        Directory.GetFiles(generatedDir, "*.g.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(files.Select(f => f.HintName).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            File.ReadAllText(Path.Combine(generatedDir, file.HintName)).ShouldBe(file.Text, $"{file.HintName} is out of date");
        }
    }

    [Fact]
    public void Bindings_compile_with_the_user_code()
    {
        var sources = Generate().Select(f => (f.HintName, f.Text))
            .Concat(new[] { "Calculator.cs", "RunningTotal.cs", "Registration.cs" }.Select(n => (n, File.ReadAllText(Path.Combine(ProjectDir, n)))))
            .Append(("Usings.cs", "global using System;\nglobal using System.Linq;\n"));

        RoslynCompiler.Errors(sources).ShouldBeEmpty();
    }

    private static IReadOnlyList<GeneratedFile> Generate()
    {
        var (model, problems) = WitSource.Load(Path.Combine(ProjectDir, "wit"));
        model.ShouldNotBeNull(problems);
        var result = CSharpGenerator.Generate(model, new CodeGenOptions(null, BindingMode.Guest, null, false));
        result.Diagnostics.ShouldBeEmpty();
        return result.Files;
    }
}
