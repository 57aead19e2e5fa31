using WitBindgen.CodeGen.Tests.CompileGate;
using WitBindgen.CodeGen.Tests.Infrastructure;

namespace WitBindgen.CodeGen.Tests.Snapshots;

/// <summary>Type declarations follow the visibility option (the corpus snapshots are in <see cref="CodeGenSnapshotTests"/>).</summary>
public sealed class TypeSnapshotTests
{
    [Fact]
    public void Internal_option_makes_declarations_internal()
    {
        var model = WitSource.Resolve("""
            package a:b;
            interface i { record r { a: u8 } variant v { x } enum e { y } flags f { z } }
            world w { import i; }
            """);

        var text = CSharpGenerator.Generate(model, new CodeGenOptions(null, BindingMode.Host, null, Internal: true)).Files.Single(f => f.HintName.EndsWith(".Types.g.cs", StringComparison.Ordinal)).Text;

        text.ShouldContain("internal sealed record R(");
        text.ShouldContain("internal abstract record V");
        text.ShouldContain("internal enum E : byte");
        text.ShouldContain("internal enum F : byte");
        text.ShouldNotContain("public record");
        text.ShouldNotContain("public enum");
    }
}
