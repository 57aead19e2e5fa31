using WitBindgen.CodeGen.Tests.Infrastructure;

namespace WitBindgen.CodeGen.Tests.CompileGate;

/// <summary>The gate's compiler is as strict as promised, so a passing gate means something.</summary>
public sealed class RoslynCompilerTests
{
    [Fact]
    public void Undocumented_public_members_fail()
    {
        var errors = RoslynCompiler.Errors(new[] { new GeneratedFile("a.cs", "namespace N;\npublic sealed record R(int A);\n") });

        errors.ShouldContain(e => e.Contains("CS1591"));
    }

    [Fact]
    public void Nullable_warnings_fail()
    {
        var errors = RoslynCompiler.Errors(new[]
        {
            new GeneratedFile("a.cs", "namespace N;\n/// <summary>S.</summary>\npublic static class C\n{\n    /// <summary>M.</summary>\n    public static string M() => null;\n}\n"),
        });

        errors.ShouldContain(e => e.Contains("CS8603"));
    }

    [Fact]
    public void Runtime_types_are_referenced()
    {
        var errors = RoslynCompiler.Errors(new[]
        {
            new GeneratedFile("a.cs", "namespace N;\n/// <summary>R.</summary>\n/// <param name=\"A\">A.</param>\npublic sealed record R(global::WitBindgen.Result<global::WitBindgen.Unit, global::System.Text.Rune> A);\n"),
        });

        errors.ShouldBeEmpty();
    }
}
