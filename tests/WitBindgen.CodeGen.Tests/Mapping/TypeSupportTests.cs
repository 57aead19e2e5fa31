using WitBindgen.CodeGen.Tests.Infrastructure;

namespace WitBindgen.CodeGen.Tests.Mapping;

public sealed class TypeSupportTests
{
    [Fact]
    public void Resources_are_accepted_in_host_mode()
    {
        var result = Generate("""
            package a:b;
            interface i {
                resource blob { read: func() -> u8; }
            }
            world w { import i; }
            """, BindingMode.Host);

        result.Diagnostics.ShouldBeEmpty();
        result.Files.ShouldContain(f => f.Text.Contains("public abstract class Blob : global::System.IDisposable"));
    }

    [Fact]
    public void Resources_are_supported_in_guest_mode()
    {
        var result = Generate("package a:b; interface i { resource blob; } world w { import i; }", BindingMode.Guest);

        result.Diagnostics.ShouldBeEmpty();
        result.Files.ShouldContain(f => f.HintName == "A.B.I.Resources.g.cs" && f.Text.Contains("public sealed class Blob : global::System.IDisposable"));
    }

    [Fact]
    public void Guest_mode_gives_an_interface_both_imported_and_exported_a_class_per_side_for_its_resources()
    {
        var result = Generate("""
            package a:b;
            interface i {
                resource blob;
                record wrap { b: blob }
                f: func(w: wrap) -> blob;
            }
            world w { import i; export i; }
            """, BindingMode.Guest);

        result.Diagnostics.ShouldBeEmpty();
        result.Files.Single(f => f.HintName == "A.B.I.Resources.g.cs").Text.ShouldContain("public sealed class Blob : global::System.IDisposable");
        result.Files.Single(f => f.HintName == "A.B.Exports.I.Resources.g.cs").Text.ShouldContain("public abstract class Blob");
        result.Files.Single(f => f.HintName == "A.B.I.Types.g.cs").Text.ShouldContain("public sealed record Wrap(global::A.B.I.Blob B)");
        result.Files.Single(f => f.HintName == "A.B.Exports.I.Types.g.cs").Text.ShouldContain("public sealed record Wrap(global::A.B.Exports.I.Blob B)");
        var exports = result.Files.Single(f => f.HintName == "A.B.Exports.I.Exports.g.cs").Text;
        exports.ShouldContain("global::A.B.Exports.I.Blob F(global::A.B.Exports.I.Wrap w);");
        exports.ShouldContain("EntryPoint = \"a:b/i#f\"");
        result.Files.Single(f => f.HintName == "A.B.I.Imports.g.cs").Text.ShouldContain("public static global::A.B.I.Blob F(global::A.B.I.Wrap w)");
    }

    [Theory]
    [InlineData(BindingMode.Host)]
    [InlineData(BindingMode.Guest)]
    public void Future_stream_and_error_context_are_rejected_where_they_are_used(BindingMode mode)
    {
        var result = Generate("""
            package a:b;
            interface i {
                record r { s: stream<u8> }
                f: func(x: future<u32>);
                g: func() -> result<_, error-context>;
            }
            world w { import i; }
            """, mode);

        result.Files.ShouldBeEmpty();
        var messages = result.Diagnostics.Where(d => d.Id == "WIT0304").Select(d => (d.Location!.Value.Line, d.Message)).ToList();
        messages.Count.ShouldBe(3);
        messages.ShouldContain(m => m.Line == 3 && m.Message.Contains("type `r`") && m.Message.Contains("`stream`"));
        messages.ShouldContain(m => m.Line == 4 && m.Message.Contains("function `f`") && m.Message.Contains("`future`"));
        messages.ShouldContain(m => m.Line == 5 && m.Message.Contains("`error-context`"));
    }

    [Fact]
    public void Async_functions_are_rejected()
    {
        var result = Generate("package a:b; world w { export f: async func(); }", BindingMode.Guest);

        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("WIT0306");
    }

    [Fact]
    public void More_than_64_flags_are_rejected()
    {
        var flags = string.Join(", ", Enumerable.Range(0, 65).Select(i => "flag" + i));
        var result = Generate($"package a:b; interface i {{ flags many {{ {flags} }} }} world w {{ import i; }}", BindingMode.Guest);

        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe("WIT0305");
        d.Message.ShouldContain("65");
    }

    private static CodeGenResult Generate(string wit, BindingMode mode) =>
        CSharpGenerator.Generate(WitSource.Resolve(wit), new CodeGenOptions(null, mode, null, false));
}
