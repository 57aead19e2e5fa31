using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Tests.Resolution;

/// <summary>Packages: nested blocks, dependency groups, order and references between them.</summary>
public sealed class PackageTests
{
    private static readonly (string, (string, string)[])[] Lib =
    {
        ("lib", new[] { ("lib.wit", "package dep:lib@1.0.0;\ninterface types {\n  resource file;\n  type size = u64;\n}\n@since(version = 1.0.0)\nworld base {\n  @since(version = 1.0.0)\n  import types;\n}") }),
    };

    [Fact]
    public void Nested_packages_are_packages_of_their_own_and_roots_with_the_file()
    {
        var model = Wit.Model("""
            package my:root;
            interface top { use my:inner/i.{t}; }
            package my:inner {
              interface i { type t = u32; }
            }
            """);

        model.Packages.Select(p => p.Name.ToString()).ShouldBe(new[] { "my:inner", "my:root" });
        model.RootPackages.Select(id => model[id].Name.ToString()).ShouldBe(new[] { "my:inner", "my:root" });
        model.Type(model.Interface("my:root", "top"), "t").Kind.ShouldBeOfType<AliasKind>();
    }

    [Fact]
    public void A_handle_to_a_resource_of_another_package_is_checked_after_that_package_resolves()
    {
        var ok = Wit.Resolve(new[] { ("root.wit", "package my:app;\ninterface api {\n  use dep:lib/types@1.0.0.{file};\n  open: func() -> own<file>;\n}") }, Lib);
        var model = Wit.Ok(ok);
        var open = model.Interface("my:app", "api").Functions.Single();
        model[open.Result!.Value.Id].Kind.ShouldBeOfType<HandleKind>().Ownership.ShouldBe(HandleOwnership.Own);

        var bad = Wit.Resolve(new[] { ("root.wit", "package my:app;\ninterface api {\n  use dep:lib/types@1.0.0.{size};\n  f: func(s: borrow<size>);\n}") }, Lib);
        var error = Wit.SingleError(bad);
        error.Message.ShouldStartWith("type used in a handle must be a resource");
        error.ShouldBeAt("root.wit", 4, 21);
    }

    [Fact]
    public void A_type_missing_from_another_packages_interface_is_reported_at_its_use()
    {
        var result = Wit.Resolve(new[] { ("root.wit", "package my:app;\ninterface api {\n  use dep:lib/types@1.0.0.{nope};\n}") }, Lib);

        var error = Wit.SingleError(result);
        error.Message.ShouldStartWith("type `nope` not defined in interface");
        error.ShouldBeAt("root.wit", 3, 28);
    }

    [Fact]
    public void Including_a_world_of_another_package_drops_its_version_gates()
    {
        var result = Wit.Resolve(new[] { ("root.wit", "package my:app;\nworld app {\n  include dep:lib/base@1.0.0;\n}") }, Lib);

        var model = Wit.Ok(result);
        var import = model.World("app").Imports.ShouldHaveSingleItem().Item.ShouldBeOfType<WorldInterfaceItem>();
        import.Stability.ShouldBe(Stability.Unknown);
        model.World("base").Imports.Single().Item.ShouldBeOfType<WorldInterfaceItem>().Stability.Kind.ShouldBe(StabilityKind.Stable);
    }

    [Fact]
    public void A_world_use_imports_the_interface_it_uses_from()
    {
        var result = Wit.Resolve(new[] { ("root.wit", "package my:app;\nworld app {\n  use dep:lib/types@1.0.0.{size};\n  export run: func(s: size);\n}") }, Lib);

        var model = Wit.Ok(result);
        model.Keys(model.World("app").Imports).ShouldBe(new[] { "dep:lib/types@1.0.0", "size" });
    }
}
