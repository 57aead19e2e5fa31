using WitBindgen.CodeGen.Tests.CompileGate;
using WitBindgen.CodeGen.Tests.Infrastructure;

namespace WitBindgen.CodeGen.Tests.Snapshots;

/// <summary>
/// The generated type declarations of the corpus, reviewed as text. A change in output fails the test and
/// leaves a <c>.received.cs</c> next to the <c>.approved.cs</c> to compare and, when intended, approve.
/// </summary>
public sealed class TypeSnapshotTests
{
    [Theory]
    [InlineData("keywords")]
    [InlineData("collisions")]
    [InlineData("nesting")]
    [InlineData("docs-and-gates")]
    [InlineData("versions")]
    public void Corpus_types(string name)
    {
        var (model, problems) = WitSource.Load(Path.Combine(CorpusCompileTests.CorpusDirectory, name + ".wit"), new[] { "fancy-types" });
        model.ShouldNotBeNull(problems);

        var result = CSharpGenerator.Generate(model, new CodeGenOptions(null, BindingMode.Guest, null, false));

        result.Diagnostics.ShouldBeEmpty();
        Render(result).ShouldMatchApproved(c => c.WithDiscriminator(name).WithFileExtension("cs").NoDiff());
    }

    [Fact]
    public void Internal_option_makes_declarations_internal()
    {
        var model = WitSource.Resolve("""
            package a:b;
            interface i { record r { a: u8 } variant v { x } enum e { y } flags f { z } }
            world w { import i; }
            """);

        var text = CSharpGenerator.Generate(model, new CodeGenOptions(null, BindingMode.Host, null, Internal: true)).Files.Single().Text;

        text.ShouldContain("internal sealed record R(");
        text.ShouldContain("internal abstract record V");
        text.ShouldContain("internal enum E : byte");
        text.ShouldContain("internal enum F : byte");
        text.ShouldNotContain("public record");
        text.ShouldNotContain("public enum");
    }

    // Every file, in output order, under a header naming it.
    private static string Render(CodeGenResult result) =>
        string.Concat(result.Files.Where(f => f.HintName.EndsWith(".Types.g.cs", StringComparison.Ordinal)).Select(f => $"//// {f.HintName}\n{f.Text}\n"));
}
