using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Tests.Infrastructure;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.CodeGen.Tests.Context;

public sealed class ContainerPlanTests
{
    [Fact]
    public void Default_namespace_is_namespace_and_package_then_interface_or_world()
    {
        var context = Create("""
            package my-org:http-tools;
            interface types { record req { url: string } }
            world proxy { import types; export handler: interface { use types.{req}; handle: func(r: req); } }
            """);

        context.WorldContainer.Namespace.ShouldBe("MyOrg.HttpTools.ProxyWorld");
        context.Interfaces.Select(c => c.Namespace).ShouldBe(new[] { "MyOrg.HttpTools.Types", "MyOrg.HttpTools.ProxyWorld.Handler" });
        context.Interfaces[0].IsImported.ShouldBeTrue();
        context.Interfaces[1].IsExported.ShouldBeTrue();
        context.Interfaces[1].WitName.ShouldBe("handler");
        context.Interfaces[0].WitName.ShouldBe("my-org:http-tools/types");
    }

    [Fact]
    public void Namespace_option_replaces_namespace_and_package()
    {
        var context = Create("package a:b; interface i { } world w { import i; }", ns: "Company.Bindings");

        context.WorldContainer.Namespace.ShouldBe("Company.Bindings.WWorld");
        context.Interfaces.Single().Namespace.ShouldBe("Company.Bindings.I");
    }

    [Fact]
    public void Invalid_namespace_option_is_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        CodeGenContext.Create(WitSource.Resolve("package a:b; world w { }"), new CodeGenOptions(null, BindingMode.Host, "My.class.X", false), diagnostics)
            .ShouldBeNull();

        diagnostics.Items.Single().Id.ShouldBe("WIT0307");
    }

    [Fact]
    public void Version_appears_only_when_two_versions_of_a_package_are_generated()
    {
        var context = Create("""
            package root:app;

            world w {
                import dep:lib/api@1.0.0;
                import dep:lib/api@2.0.0;
                import dep:other/util@0.1.0;
            }

            package dep:lib@1.0.0 { interface api { record r { a: u8 } } }
            package dep:lib@2.0.0 { interface api { record r { b: u8 } } }
            package dep:other@0.1.0 { interface util { } }
            """);

        context.Interfaces.Select(c => c.Namespace).ShouldBe(new[] { "Dep.Lib.V1_0_0.Api", "Dep.Lib.V2_0_0.Api", "Dep.Other.Util" });
    }

    [Fact]
    public void Interface_imported_and_exported_is_one_container()
    {
        var context = Create("""
            package a:b;
            interface shared { record r { a: u8 } }
            interface uses { use shared.{r}; f: func() -> r; }
            world w { import shared; export uses; }
            """);

        var shared = context.Interfaces.Where(c => c.WitName == "a:b/shared").ShouldHaveSingleItem();
        shared.DeclaredTypes.Count.ShouldBe(1);
        context.Interfaces.Single(c => c.WitName == "a:b/uses").DeclaredTypes.ShouldBeEmpty();
    }

    [Fact]
    public void Type_names_colliding_after_casing_get_numeric_suffixes_in_declaration_order()
    {
        var context = Create("""
            package a:b;
            interface i {
                record http-request { a: u8 }
                record HTTP-request { b: u8 }
                enum http-REQUEST { x }
            }
            world w { import i; }
            """);

        context.Interfaces[0].DeclaredTypes.Select(context.TypeName).ShouldBe(new[] { "HttpRequest", "HttpRequest2", "HttpRequest3" });
    }

    [Fact]
    public void Namespaces_colliding_after_casing_get_numeric_suffixes()
    {
        var context = Create("""
            package a:b;
            interface calc-world { }
            world calc { import calc-world; }
            """);

        context.WorldContainer.Namespace.ShouldBe("A.B.CalcWorld");
        context.Interfaces.Single().Namespace.ShouldBe("A.B.CalcWorld2");
    }

    [Fact]
    public void World_types_are_declared_in_the_world_container()
    {
        var context = Create("""
            package a:b;
            world w {
                record point { x: u32 }
                type alias = point;
                import f: func(p: alias);
            }
            """);

        context.WorldContainer.DeclaredTypes.Select(context.TypeName).ShouldBe(new[] { "Point" });
        context.QualifiedTypeName(context.WorldContainer.DeclaredTypes[0]).ShouldBe("global::A.B.WWorld.Point");
    }

    [Theory]
    [InlineData("second", "second")]
    [InlineData("a:b/second", "second")]
    [InlineData("a:b/first", "first")]
    public void World_is_found_by_plain_or_qualified_name(string requested, string expected)
    {
        var model = WitSource.Resolve("package a:b; world first { } world second { }");

        var context = CodeGenContext.Create(model, new CodeGenOptions(requested, BindingMode.Host, null, false), new DiagnosticBag());

        context!.World.Name.ShouldBe(expected);
    }

    [Fact]
    public void Several_worlds_without_a_choice_is_a_diagnostic_listing_them()
    {
        var diagnostics = new DiagnosticBag();

        CodeGenContext.Create(WitSource.Resolve("package a:b; world first { } world second { }"), new CodeGenOptions(null, BindingMode.Host, null, false), diagnostics)
            .ShouldBeNull();

        var d = diagnostics.Items.ShouldHaveSingleItem();
        d.Id.ShouldBe("WIT0301");
        d.Message.ShouldContain("`a:b/first`");
        d.Message.ShouldContain("`a:b/second`");
    }

    [Fact]
    public void Unknown_world_is_a_diagnostic_listing_the_worlds()
    {
        var diagnostics = new DiagnosticBag();

        CodeGenContext.Create(WitSource.Resolve("package a:b; world first { }"), new CodeGenOptions("nope", BindingMode.Host, null, false), diagnostics)
            .ShouldBeNull();

        var d = diagnostics.Items.ShouldHaveSingleItem();
        d.Id.ShouldBe("WIT0300");
        d.Message.ShouldContain("`nope`");
        d.Message.ShouldContain("`a:b/first`");
    }

    [Fact]
    public void Planning_allocates_the_same_per_interface_however_many_the_world_has()
    {
        // Bytes, not time: finding an export that is also imported by comparing names with every imported
        // interface builds a name per pair, so the cost per interface would grow with their number.
        PlanBytes(WitSource.Resolve(ManyInterfacesWit.Write(50)));
        var few = PlanBytes(WitSource.Resolve(ManyInterfacesWit.Write(200))) / 200;
        var many = PlanBytes(WitSource.Resolve(ManyInterfacesWit.Write(800))) / 800;

        many.ShouldBeLessThan(few * 1.25, $"{few:F0} bytes per interface for 200 interfaces, {many:F0} for 800");
    }

    [Fact]
    public void Containers_are_immutable_once_planned()
    {
        var type = typeof(CSharpContainer);
        var flags = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic;
        var settable = type.GetProperties(flags)
            .Where(p => p.SetMethod is { } set && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.Name);
        settable.ShouldBeEmpty();
        type.GetFields(flags).Where(f => !f.IsInitOnly).Select(f => f.Name).ShouldBeEmpty();
        type.GetMethods(flags).Where(m => m.DeclaringType == type && m.ReturnType == typeof(void)).Select(m => m.Name).ShouldBeEmpty();
    }

    [Fact]
    public void Reuse_is_decided_by_the_planner_for_the_import_side_only()
    {
        var model = WitSource.Resolve("""
            package a:b;
            interface shared { resource r; record p { x: u32 } }
            interface local { record q { y: u32 } }
            world w { import shared; export shared; import local; }
            """);
        var world = model.FindWorld("w")!.Value;
        model = ExportedInterfaceCopies.Apply(model, world);
        var reuse = new[] { new ReusedInterface("a:b/shared", "Other.Shared") };

        var (_, interfaces, _) = ContainerPlanner.Plan(model, world, WorldItems.From(model[world]), null, reuse);

        interfaces.Select(c => (c.Namespace, c.TypesNamespace, c.IsReused, c.IsImported, c.IsExported)).ShouldBe(new[]
        {
            ("A.B.Shared", "Other.Shared", true, true, false),
            ("A.B.Local", "A.B.Local", false, true, false),
            ("A.B.Exports.Shared", "A.B.Exports.Shared", false, false, true),
        });
    }

    private static double PlanBytes(WitBindgen.Wit.Model.WitModel model)
    {
        var world = model.FindWorld(ManyInterfacesWit.World)!.Value;
        var items = WorldItems.From(model[world]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        ContainerPlanner.Plan(model, world, items, null, Array.Empty<ReusedInterface>());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static CodeGenContext Create(string wit, string? ns = null)
    {
        var diagnostics = new DiagnosticBag();
        var context = CodeGenContext.Create(WitSource.Resolve(wit), new CodeGenOptions(null, BindingMode.Guest, ns, false), diagnostics);
        diagnostics.Items.ShouldBeEmpty();
        return context!;
    }
}
