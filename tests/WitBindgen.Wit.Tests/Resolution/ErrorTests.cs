using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Tests.Resolution;

/// <summary>Each kind of resolution error is reported once, at the place wit-parser points to.</summary>
public sealed class ErrorTests
{
    [Theory]
    [InlineData("interface i {\n  type a = b;\n}", 3, 12, "type `b` does not exist")]
    [InlineData("interface i {\n  f: func(x: nope);\n}", 3, 14, "name `nope` does not exist")]
    [InlineData("interface i {\n  type a = b;\n  type b = a;\n}", 3, 12, "type `b` depends on itself")]
    [InlineData("interface i {\n  type a = u8;\n  record a {}\n}", 4, 10, "name `a` is defined more than once")]
    [InlineData("interface i {\n  f: func();\n  f: func();\n}", 4, 3, "name `f` is defined more than once")]
    [InlineData("interface i {\n  f: func(a: u8, a: u8);\n}", 3, 18, "param `a` is defined more than once")]
    [InlineData("interface i {\n  use j.{t};\n}\ninterface j {\n  use i.{t};\n}", 5, 11, "interface or world `j` depends on itself")]
    [InlineData("interface i {\n  use missing.{t};\n}", 3, 7, "interface or world `missing` does not exist")]
    [InlineData("interface i {}\ninterface i {}", 3, 11, "duplicate item named `i`")]
    [InlineData("interface i {\n  f: func();\n}\ninterface j {\n  use i.{f};\n}", 6, 10, "cannot import function `f`")]
    [InlineData("interface i {\n  type t = u8;\n  f: func() -> borrow<t>;\n}", 4, 23, "type `t` used in a handle must be a resource")]
    [InlineData("interface i {\n  resource r;\n  f: func() -> borrow<r>;\n}", 4, 3, "function `f` returns a type which contains a `borrow<T>` which is not supported")]
    [InlineData("interface i {\n  resource r {\n    constructor() -> u32;\n  }\n}", 4, 22, "if a constructor return type is declared it must be a `result`")]
    [InlineData("interface i {\n  enum e {}\n}", 3, 8, "empty enum")]
    [InlineData("interface i {\n  type m = map<f32, u8>;\n}", 3, 12, "invalid map key type")]
    [InlineData("world w {}\ninterface i {\n  use w.{t};\n}", 4, 7, "name `w` is defined as a world, not an interface")]
    [InlineData("world w {\n  include w;\n}", 2, 7, "interface or world `w` depends on itself")]
    [InlineData("interface i {}\nworld w {\n  import i;\n  import i;\n}", 5, 10, "interface cannot be imported more than once")]
    public void Error_is_reported_at_wit_parsers_location(string body, int line, int column, string message)
    {
        var error = Wit.Error("package a:b;\n" + body);

        error.Message.ShouldStartWith(message);
        error.Id.ShouldStartWith("WIT0");
        error.ShouldBeAt("test.wit", line, column);
    }

    [Fact]
    public void A_package_without_a_header_is_rejected()
    {
        var error = Wit.Error("interface i {}");

        error.Descriptor.ShouldBe(WitDiagnostics.MissingPackageHeader);
    }

    [Fact]
    public void Files_naming_different_packages_are_rejected_at_the_second_name()
    {
        var error = Wit.SingleError(Wit.Resolve(new[] { ("a.wit", "package foo:a;"), ("b.wit", "package foo:b;") }));

        error.Message.ShouldStartWith("package identifier `foo:b` does not match previous package name of `foo:a`");
        error.ShouldBeAt("b.wit", 1, 9);
    }

    [Fact]
    public void Packages_using_each_other_are_a_cycle()
    {
        var error = Wit.Error("package foo:root;\npackage foo:a {\n  interface i { use foo:b/i.{}; }\n}\npackage foo:b {\n  interface i { use foo:a/i.{}; }\n}");

        error.Message.ShouldStartWith("package `foo:b` creates a dependency cycle");
        error.ShouldBeAt("test.wit", 3, 21);
    }

    [Fact]
    public void A_package_defined_twice_names_both_places()
    {
        var error = Wit.Error("package foo:root;\npackage foo:x {}\npackage foo:x {}");

        error.Message.ShouldContain("package `foo:x` is defined in two different locations:\n  * test.wit:3:9\n  * test.wit:2:9");
        error.ShouldBeAt("test.wit", 3, 9);
    }

    [Fact]
    public void A_missing_interface_of_a_dependency_is_reported_at_its_name()
    {
        var result = Wit.Resolve(
            new[] { ("root.wit", "package my:app;\nworld w {\n  import dep:lib/nope;\n}") },
            new[] { ("lib", new[] { ("lib.wit", "package dep:lib;\ninterface types {}") }) });

        var error = Wit.SingleError(result);
        error.Message.ShouldStartWith("interface 'nope' not found in package 'dep:lib'");
        error.ShouldBeAt("root.wit", 3, 18);
    }

    [Fact]
    public void Syntax_errors_stop_before_resolution()
    {
        var result = Wit.Resolve(new[] { ("a.wit", "package a:b;\ninterface {") });

        result.Model.ShouldBeNull();
        result.Diagnostics.ShouldAllBe(d => d.Id.CompareTo("WIT0100") < 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("package")]
    [InlineData("package a:b; world w { include w with { a as b } }")]
    [InlineData("package a:b; interface i { type t = list<list<list<list<list<list<list<list<t>>>>>>>>; }")]
    public void Never_throws(string text)
    {
        var result = Wit.Resolve(new[] { ("x.wit", text) });

        result.HasErrors.ShouldBeTrue();
        result.Diagnostics.ShouldNotContain(d => d.Descriptor == WitDiagnostics.InternalError);
    }

    [Fact]
    public void Chains_of_aliases_through_interfaces_resolve_up_to_the_depth_limit()
    {
        // Each link is two levels (the `use` and the alias), so t49 is 99 levels deep: just within the limit.
        var text = new System.Text.StringBuilder("package a:b;\ninterface i0 { type t0 = u8; }\n");
        for (var i = 1; i < 50; i++)
        {
            text.Append($"interface i{i} {{ use i{i - 1}.{{t{i - 1}}}; type t{i} = t{i - 1}; }}\n");
        }

        text.Append("world w { export i49; }\n");

        var model = Wit.Model(text.ToString());

        model.World("w").Imports.Count.ShouldBe(49);
        model.Unalias(WitBindgen.Wit.Model.WitType.Of(model.Interface("a:b", "i49").Types[^1].Id)).Primitive.ShouldBe(WitBindgen.Wit.Syntax.PrimitiveKind.U8);
    }
}
