using WitBindgen.CodeGen;
using WitBindgen.Guest.Tests.Differential;
using WitBindgen.Guest.Tests.Infrastructure;

namespace WitBindgen.Guest.Tests.Resources;

/// <summary>
/// Resources in every place WIT allows them compile in guest bindings: fallible constructors and static functions on
/// both sides, handles in variants, records, lists, options, results and tuples, borrows in lists (ended after the
/// export), resources used from another interface, a world-level resource, and WIT names that clash with the
/// members the bindings add.
/// </summary>
public sealed class ResourceShapesTests
{
    private const string Wit = """
        package test:shapes;

        interface host-side {
          resource file {
            constructor(path: string) -> result<file, string>;
            handle: func() -> u32;
            dispose: func();
            create: static func() -> file;
            read: func(n: u32) -> result<list<u8>, string>;
            clone-into: func(other: borrow<file>) -> option<file>;
          }
          variant entry { file(file), dir(string), none }
          record pair { a: file, b: option<file> }
          open-all: func(paths: list<string>) -> list<result<file, string>>;
          inspect: func(e: entry, p: pair, xs: list<borrow<file>>) -> tuple<file, u32>;
        }

        interface guest-side {
          use host-side.{file, entry};
          resource widget {
            constructor(name: string) -> result<widget, string>;
            name: func() -> string;
            handle: func() -> u32;
            drop-handle: func();
            rename: func(to: string) -> widget;
            make: static func(n: u32) -> list<widget>;
          }
          variant slot { w(widget), f(file), empty }
          record bundle { ws: list<widget>, first: option<widget>, f: file }
          arrange: func(ws: list<borrow<widget>>, fs: list<borrow<file>>, e: entry) -> result<bundle, string>;
          swap: func(s: slot) -> slot;
        }

        world shapes {
          import host-side;
          export guest-side;
          resource local-thing {
            constructor();
            ping: func() -> u32;
          }
          import make-local: func() -> local-thing;
          export use-local: func(t: borrow<local-thing>) -> u32;
        }
        """;

    private readonly IReadOnlyList<GeneratedFile> _files;

    public ResourceShapesTests()
    {
        var result = CSharpGenerator.Generate(WitText.Resolve("shapes.wit", Wit), new CodeGenOptions(null, BindingMode.Guest, null, false));
        result.Diagnostics.ShouldBeEmpty();
        _files = result.Files;
    }

    [Fact]
    public void Every_shape_compiles_without_warnings()
    {
        RoslynCompiler.Errors(_files.Select(f => (f.HintName, f.Text))).ShouldBeEmpty();
    }

    [Fact]
    public void Each_interface_and_the_world_get_their_resource_classes()
    {
        Text("Test.Shapes.HostSide.Resources.g.cs").ShouldContain("public sealed class File : global::System.IDisposable");
        Text("Test.Shapes.GuestSide.Resources.g.cs").ShouldContain("public abstract class Widget");
        Text("Test.Shapes.ShapesWorld.Resources.g.cs").ShouldContain("public sealed class LocalThing : global::System.IDisposable");
        Text("Test.Shapes.ShapesWorld.Resources.g.cs").ShouldContain("DllImport(\"$root\", EntryPoint = \"[resource-drop]local-thing\")");
        Text("Test.Shapes.GuestSide.Resources.g.cs").ShouldContain("DllImport(\"[export]test:shapes/guest-side\", EntryPoint = \"[resource-new]widget\")");
        Text("Test.Shapes.GuestSide.Resources.g.cs").ShouldContain("UnmanagedCallersOnly(EntryPoint = \"test:shapes/guest-side#[dtor]widget\")");
    }

    [Fact]
    public void WIT_names_that_clash_with_added_members_get_a_suffix()
    {
        var file = Text("Test.Shapes.HostSide.Resources.g.cs");
        file.ShouldContain("public uint Handle2()");
        file.ShouldContain("public void Dispose2()");
        file.ShouldContain("public static global::Test.Shapes.HostSide.File Create2()");
        file.ShouldContain("public static global::WitBindgen.Result<global::Test.Shapes.HostSide.File, string> Create(string path)");
        var widget = Text("Test.Shapes.GuestSide.Resources.g.cs");
        widget.ShouldContain("public abstract uint Handle2();");
        widget.ShouldContain("public abstract void DropHandle2();");
    }

    [Fact]
    public void Exports_that_lift_borrowed_host_handles_end_the_borrows_and_others_do_not()
    {
        var exports = Text("Test.Shapes.GuestSide.Exports.g.cs");
        var arrange = exports.Substring(exports.IndexOf("internal static int ArrangeExport", StringComparison.Ordinal));
        arrange.Substring(0, arrange.IndexOf("return", StringComparison.Ordinal)).ShouldContain("s.EndBorrows();");
        var swap = exports.Substring(exports.IndexOf("SwapExport(", StringComparison.Ordinal));
        swap.Substring(0, swap.IndexOf("return", StringComparison.Ordinal)).ShouldNotContain("EndBorrows");
    }

    [Fact]
    public void An_exported_interface_using_one_both_imported_and_exported_refers_to_the_export_side()
    {
        var result = CSharpGenerator.Generate(WitText.Resolve("split.wit", """
            package foo:bar;
            interface f {
                resource fd;
            }
            interface utils {
                use f.{fd};
                my-func: func() -> own<fd>;
            }
            world test {
                import f;
                export f;
                export utils;
            }
            """), new CodeGenOptions(null, BindingMode.Guest, null, false));

        result.Diagnostics.ShouldBeEmpty();
        var files = result.Files.ToDictionary(f => f.HintName, f => f.Text);
        files["Foo.Bar.F.Resources.g.cs"].ShouldContain("public sealed class Fd : global::System.IDisposable");
        files["Foo.Bar.Exports.F.Resources.g.cs"].ShouldContain("public abstract class Fd");
        files["Foo.Bar.Exports.F.Resources.g.cs"].ShouldContain("EntryPoint = \"foo:bar/f#[dtor]fd\"");
        files["Foo.Bar.Utils.Exports.g.cs"].ShouldContain("global::Foo.Bar.Exports.F.Fd MyFunc();");
        RoslynCompiler.Errors(result.Files.Select(f => (f.HintName, f.Text))).ShouldBeEmpty();
    }

    private string Text(string hintName) => _files.Single(f => f.HintName == hintName).Text;
}
