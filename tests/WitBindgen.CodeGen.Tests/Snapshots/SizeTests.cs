using WitBindgen.CodeGen.Tests.CompileGate;
using WitBindgen.CodeGen.Tests.Infrastructure;

namespace WitBindgen.CodeGen.Tests.Snapshots;

/// <summary>Enums and flags use the smallest unsigned type that fits; the corpus file compiles in the compile gate.</summary>
public sealed class SizeTests
{
    private static readonly Lazy<string> Text = new(() =>
    {
        var (model, problems) = WitSource.Load(Path.Combine(CorpusCompileTests.CorpusDirectory, "sizes.wit"));
        model.ShouldNotBeNull(problems);
        return CSharpGenerator.Generate(model, new CodeGenOptions(null, BindingMode.Host, null, false)).Files.Single(f => f.HintName.EndsWith(".Types.g.cs", StringComparison.Ordinal)).Text;
    });

    [Theory]
    [InlineData("Eight", "byte", "N7 = 1 << 7,")]
    [InlineData("Nine", "ushort", "N8 = 1 << 8,")]
    [InlineData("Seventeen", "uint", "N16 = 1U << 16,")]
    [InlineData("ThirtyThree", "ulong", "N32 = 1UL << 32,")]
    [InlineData("SixtyFour", "ulong", "N63 = 1UL << 63,")]
    [InlineData("Empty", "byte", "None = 0,")]
    public void Flags_use_the_smallest_fitting_unsigned_type(string name, string type, string lastMember)
    {
        var declaration = Declaration(name);

        declaration.ShouldStartWith($"public enum {name} : {type}");
        declaration.ShouldContain(lastMember);
    }

    [Fact]
    public void Enum_with_more_than_256_cases_is_ushort()
    {
        var declaration = Declaration("TwoHundredFiftySeven");

        declaration.ShouldStartWith("public enum TwoHundredFiftySeven : ushort");
        declaration.ShouldContain("C256 = 256,");
    }

    // From "public enum Name" to the closing brace of that declaration.
    private static string Declaration(string name)
    {
        var start = Text.Value.IndexOf($"public enum {name} :", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        var end = Text.Value.IndexOf("\n}\n", start, StringComparison.Ordinal);
        return Text.Value.Substring(start, end - start);
    }
}
