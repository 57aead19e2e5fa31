using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Tests.Resolution;

public sealed class WorldTests
{
    [Fact]
    public void Interfaces_needed_by_use_are_imported_before_the_items_that_need_them()
    {
        var model = Wit.Model("""
            package a:b;
            interface base { type t = u32; }
            interface mid { use base.{t}; }
            world w {
              use mid.{t as mt};
              import f: func();
              import mid;
              export run: func(x: mt);
              type local = string;
            }
            """);

        var w = model.World("w");
        // Interfaces first (base pulled in for mid), then types used from interfaces, then local types, then functions.
        model.Keys(w.Imports).ShouldBe(new[] { "a:b/base", "a:b/mid", "mt", "local", "f" });
        model.Keys(w.Exports).ShouldBe(new[] { "run" });
    }

    [Fact]
    public void Exported_interfaces_import_their_dependencies_that_are_not_exported()
    {
        var model = Wit.Model("""
            package a:b;
            interface base { type t = u32; }
            interface api { use base.{t}; f: func() -> t; }
            world w { export api; }
            """);

        var w = model.World("w");
        model.Keys(w.Imports).ShouldBe(new[] { "a:b/base" });
        model.Keys(w.Exports).ShouldBe(new[] { "a:b/api" });
    }

    [Fact]
    public void Exporting_an_interface_whose_dependency_is_both_imported_and_exported_is_rejected()
    {
        var error = Wit.Error("""
            package a:b;
            interface i1 { type t = u32; }
            interface i2 { use i1.{t}; }
            interface i3 { use i1.{t}; use i2.{t as t2}; }
            world w {
              export i1;
              export i3;
            }
            """);

        error.Message.ShouldStartWith("interface `a:b/i3` transitively depends on an interface in incompatible ways");
        error.ShouldBeAt("test.wit", 5, 7);
    }

    [Fact]
    public void Include_with_renames_flattens_and_copies_world_items()
    {
        var model = Wit.Model("""
            package a:b;
            interface i { type t = u8; }
            world base {
              import i;
              import log: func(msg: string);
              record entry { text: string }
              resource handle { get: func() -> u32; }
              export run: func();
            }
            world app {
              include base with { log as write, handle as h }
              export other: func();
            }
            """);

        var app = model.World("app");
        model.Keys(app.Imports).ShouldBe(new[] { "a:b/i", "entry", "h", "write", "[method]h.get" });
        model.Keys(app.Exports).ShouldBe(new[] { "other", "run" });

        // The included types are copies owned by the including world.
        var appId = new WorldId(model.Worlds.ToList().IndexOf(app));
        var entry = app.Imports.Single(e => e.Key.Name == "entry").Item.ShouldBeOfType<WorldTypeItem>();
        model[entry.Type].Owner.ShouldBe(TypeOwner.Of(appId));
        var handle = app.Imports.Single(e => e.Key.Name == "h").Item.ShouldBeOfType<WorldTypeItem>();
        model[handle.Type].Name.ShouldBe("h");
        var get = app.Imports.Single(e => e.Key.Name == "[method]h.get").Item.ShouldBeOfType<WorldFunctionItem>().Function;
        get.Name.ShouldBe("[method]h.get");
        get.Resource.ShouldBe(handle.Type);
    }

    [Fact]
    public void Include_of_a_name_already_imported_is_rejected_at_the_include()
    {
        var error = Wit.Error("""
            package a:b;
            world a { import x: func(); }
            world b {
              include a;
              import x: func();
            }
            """);

        error.Message.ShouldStartWith("import of `x` shadows previously imported items");
        error.ShouldBeAt("test.wit", 4, 11);
    }

    [Fact]
    public void Include_rename_of_a_missing_name_is_rejected()
    {
        var error = Wit.Error("package a:b;\nworld a { import x: func(); }\nworld b { include a with { y as z } }");

        error.Message.ShouldStartWith("no import or export kebab-name `y`");
        error.ShouldBeAt("test.wit", 3, 19);
    }

    [Fact]
    public void Import_and_function_of_the_same_name_conflict()
    {
        var error = Wit.Error("package a:b;\ninterface x {}\nworld w {\n  import x: func();\n  import x: interface {}\n}");

        error.Message.ShouldStartWith("import `x` conflicts with prior func of same name");
        error.ShouldBeAt("test.wit", 5, 10);
    }

    [Fact]
    public void Names_differing_only_in_case_conflict()
    {
        var error = Wit.Error("package a:b;\nworld w {\n  export get-user: func();\n  export GET-USER: func();\n}");

        error.Message.ShouldStartWith("export `GET-USER` in world `w` conflicts with export `get-user`");
    }
}
