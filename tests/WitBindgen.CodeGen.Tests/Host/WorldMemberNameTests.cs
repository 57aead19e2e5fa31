using WitBindgen.CodeGen;

namespace WitBindgen.CodeGen.Tests.Host;

/// <summary>
/// Names the host world class takes from WIT interfaces: both versions of an interface carry their version, and an
/// interface keeps its own name as a factory parameter when the generated parameters would have taken it.
/// </summary>
public sealed class WorldMemberNameTests
{
    private const string TwoVersions = """
        package test:app;
        world w {
            import test:lib/api@1.0.0;
            import test:lib/api@2.0.0;
            export test:lib/api@1.0.0;
            export test:lib/api@2.0.0;
        }
        package test:lib@1.0.0 { interface api { get: func() -> u32; } }
        package test:lib@2.0.0 { interface api { get: func() -> u64; } }
        """;

    [Fact]
    public void Both_versions_of_an_interface_carry_their_version()
    {
        var text = Generate(TwoVersions);

        text.ShouldContain("public global::Test.Lib.V1_0_0.Api.ApiExports ApiV1_0_0 { get; }");
        text.ShouldContain("public global::Test.Lib.V2_0_0.Api.ApiExports ApiV2_0_0 { get; }");
        text.ShouldContain("global::Test.Lib.V1_0_0.Api.IApi apiV1_0_0, global::Test.Lib.V2_0_0.Api.IApi apiV2_0_0)");
        text.ShouldNotContain(" Api2 ");
        text.ShouldNotContain(" api2");
    }

    [Fact]
    public void One_version_has_no_version_in_its_names()
    {
        var text = Generate("""
            package test:app;
            world w { import test:lib/api@1.0.0; export test:lib/api@1.0.0; }
            package test:lib@1.0.0 { interface api { get: func() -> u32; } }
            """);

        text.ShouldContain("public global::Test.Lib.Api.ApiExports Api { get; }");
        text.ShouldContain("global::Test.Lib.Api.IApi api)");
    }

    [Fact]
    public void An_interface_named_imports_keeps_its_name_and_the_world_functions_take_another()
    {
        var text = Generate("""
            package test:app;
            interface imports { f: func(); }
            world w { import imports; import g: func(); }
            """);

        text.ShouldContain("public static void AddToLinker(global::WitBindgen.Runtime.ComponentLinker linker, global::Test.App.WWorld.IWImports wImports, global::Test.App.Imports.IImports imports)");
        text.ShouldNotContain("imports2");
    }

    [Fact]
    public void An_interface_named_like_a_factory_parameter_gets_an_imports_suffix()
    {
        var text = Generate("""
            package test:app;
            interface store { f: func(); }
            world w { import store; }
            """);

        text.ShouldContain("global::Test.App.Store.IStore storeImports)");
        text.ShouldNotContain("store2");
    }

    private static string Generate(string wit)
    {
        var model = WitSource.Resolve(wit);
        var result = CSharpGenerator.Generate(model, new CodeGenOptions("w", BindingMode.Host, null, false));
        result.Diagnostics.ShouldBeEmpty();
        return string.Join("\n", result.Files.Select(f => f.Text));
    }
}
