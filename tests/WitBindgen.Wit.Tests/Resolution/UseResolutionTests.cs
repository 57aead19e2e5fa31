using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Tests.Resolution;

public sealed class UseResolutionTests
{
    [Fact]
    public void Use_brings_in_an_alias_owned_by_the_using_interface()
    {
        var model = Wit.Model("""
            package a:b;
            interface types { type size = u64; }
            interface api {
              use types.{size as len};
              get: func() -> len;
            }
            """);

        var api = model.Interface("a:b", "api");
        var len = model.Type(api, "len");
        len.Owner.ShouldBe(TypeOwner.Of(model.Package("a:b").Interfaces.Single(i => i.Name == "api").Id));
        var target = len.Kind.ShouldBeOfType<AliasKind>().Target;
        model[target.Id].Name.ShouldBe("size");
        model.Unalias(api.Functions.Single().Result!.Value).Primitive.ShouldBe(PrimitiveKind.U64);
    }

    [Fact]
    public void Declaration_order_does_not_matter_for_types_or_interfaces()
    {
        var model = Wit.Model("""
            package a:b;
            interface later {
              use earlier.{point};
              record line { start: point, end: point }
            }
            interface earlier {
              record point { x: s32, y: s32 }
              type pair = tuple<point, point>;
            }
            """);

        // Interfaces are stored dependencies first.
        model.Package("a:b").Interfaces.Select(i => i.Name).ShouldBe(new[] { "earlier", "later" });
        var line = model.Type(model.Interface("a:b", "later"), "line").Kind.ShouldBeOfType<RecordKind>();
        line.Fields.Count.ShouldBe(2);
    }

    [Fact]
    public void Files_of_one_package_see_each_others_interfaces_and_top_level_use_renames()
    {
        var result = Wit.Resolve(new[]
        {
            ("a.wit", "package a:b;\ninterface one { type t = string; }"),
            ("b.wit", "use one as first;\ninterface two { use first.{t}; }"),
        });

        var model = Wit.Ok(result);
        model.Type(model.Interface("a:b", "two"), "t").Kind.ShouldBeOfType<AliasKind>();
    }

    [Fact]
    public void Use_across_packages_picks_the_exact_version()
    {
        var result = Wit.Resolve(
            new[] { ("root.wit", "package my:app;\ninterface api {\n  use dep:lib/types@1.0.0.{t};\n  use dep:lib/types@2.0.0.{t as t2};\n}") },
            new[]
            {
                ("v1", new[] { ("v1.wit", "package dep:lib@1.0.0;\ninterface types { type t = u8; }") }),
                ("v2", new[] { ("v2.wit", "package dep:lib@2.0.0;\ninterface types { type t = u16; }") }),
            });

        var model = Wit.Ok(result);
        var api = model.Interface("my:app", "api");
        model.Unalias(WitType.Of(api.Types.Single(t => t.Name == "t").Id)).Primitive.ShouldBe(PrimitiveKind.U8);
        model.Unalias(WitType.Of(api.Types.Single(t => t.Name == "t2").Id)).Primitive.ShouldBe(PrimitiveKind.U16);

        // Dependencies come before the package that uses them; only the root is a root package.
        model.Packages.Select(p => p.Name.ToString()).ShouldBe(new[] { "dep:lib@1.0.0", "dep:lib@2.0.0", "my:app" });
        model.RootPackages.Select(id => model[id].Name.ToString()).ShouldBe(new[] { "my:app" });
    }

    [Fact]
    public void A_version_that_is_not_present_is_reported_with_the_known_packages()
    {
        var result = Wit.Resolve(
            new[] { ("root.wit", "package my:app;\ninterface api {\n  use dep:lib/types@1.1.0.{t};\n}") },
            new[] { ("v1", new[] { ("v1.wit", "package dep:lib@1.0.0;\ninterface types { type t = u8; }") }) });

        var error = Wit.SingleError(result);
        error.Message.ShouldStartWith("package 'dep:lib@1.1.0' not found. known packages:\n    dep:lib@1.0.0\n    my:app");
        error.ShouldBeAt("root.wit", 3, 7);
    }

    [Fact]
    public void Resource_functions_are_desugared_and_bare_resource_names_mean_own()
    {
        var model = Wit.Model("""
            package a:b;
            interface files {
              resource file {
                constructor(path: string);
                read: func(len: u32) -> list<u8>;
                open: static func(path: string) -> file;
              }
            }
            """);

        var files = model.Interface("a:b", "files");
        files.Functions.Select(f => f.Name).ShouldBe(new[] { "[constructor]file", "[method]file.read", "[static]file.open" });
        var read = files.Functions[1];
        read.Kind.ShouldBe(FunctionKind.Method);
        read.Params[0].Name.ShouldBe("self");
        model[read.Params[0].Type.Id].Kind.ShouldBe(new HandleKind(HandleOwnership.Borrow, files.Types[0].Id));

        var open = files.Functions[2];
        var own = model[open.Result!.Value.Id];
        own.Name.ShouldBeNull();
        own.Owner.ShouldBe(TypeOwner.None);
        own.Kind.ShouldBe(new HandleKind(HandleOwnership.Own, files.Types[0].Id));
    }

    [Fact]
    public void Anonymous_types_are_shared_within_a_package()
    {
        var model = Wit.Model("""
            package a:b;
            interface i {
              f: func(a: list<string>) -> list<string>;
              g: func(b: option<list<string>>);
            }
            """);

        var i = model.Interface("a:b", "i");
        var list = i.Functions[0].Params[0].Type;
        i.Functions[0].Result!.Value.ShouldBe(list);
        model[i.Functions[1].Params[0].Type.Id].Kind.ShouldBe(new OptionKind(list));
        model.Types.Count(t => t.Kind is ListKind).ShouldBe(1);
    }

    [Fact]
    public void Every_type_has_a_canonical_abi_layout()
    {
        var model = Wit.Model("package a:b;\ninterface i {\n  record r { a: u8, b: u32 }\n  f: func(x: list<r>) -> option<r>;\n}");

        model.Layouts.Count.ShouldBe(model.Types.Count);
        var r = model.Type(model.Interface("a:b", "i"), "r");
        model.GetLayout(WitType.Of(new TypeId(model.Types.ToList().IndexOf(r)))).Size.ShouldBe(8u);
    }
}
