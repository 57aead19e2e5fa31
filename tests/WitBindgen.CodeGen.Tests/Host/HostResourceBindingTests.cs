using WitBindgen.CodeGen.Tests.Infrastructure;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Tests.Host;

/// <summary>Shapes of resources the corpora do not cover, compiled with Roslyn.</summary>
public sealed class HostResourceBindingTests
{
    [Fact]
    public void World_level_resource_is_an_abstract_class_defined_at_the_root_instance()
    {
        var text = GenerateAndCompile("""
            package a:b;
            world w {
              resource r {
                constructor(v: u32);
                get: func() -> u32;
                make: static func() -> r;
              }
              import take: func(r: borrow<r>) -> u32;
            }
            """);

        text.ShouldContain("public abstract class R : global::System.IDisposable");
        text.ShouldContain("linker.DefineResource(null, \"r\", ");
        text.ShouldContain("global::A.B.WWorld.R CreateR(uint v);");
        text.ShouldContain("global::A.B.WWorld.R RMake();");
        text.ShouldContain("uint Take(global::A.B.WWorld.R r);");
        text.ShouldContain("var result = self.Get();");
    }

    [Fact]
    public void Exported_fallible_constructor_is_a_factory_returning_the_result()
    {
        var text = GenerateAndCompile("""
            package a:b;
            interface api {
              resource r {
                constructor(v: u32) -> result<r, string>;
              }
            }
            world w { export api; }
            """);

        text.ShouldContain("public static global::WitBindgen.Result<global::A.B.Api.R, string> Create(global::A.B.Api.ApiExports owner, uint v)");
        text.ShouldNotContain("public R(");
    }

    private static string GenerateAndCompile(string wit)
    {
        var model = WitSource.Resolve(wit);
        var result = CSharpGenerator.Generate(model, new CodeGenOptions(null, BindingMode.Host, null, false));
        result.Diagnostics.ShouldBeEmpty();
        RoslynCompiler.Errors(result.Files).ShouldBeEmpty();
        return string.Join("\n", result.Files.Select(f => f.Text));
    }
}
