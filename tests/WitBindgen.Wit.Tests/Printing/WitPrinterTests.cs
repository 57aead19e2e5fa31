using WitBindgen.Wit.Model;
using WitBindgen.Wit.Printing;
using WitBindgen.Wit.Syntax;
using static WitBindgen.Wit.Tests.Printing.ModelBuilder;

namespace WitBindgen.Wit.Tests.Printing;

/// <summary>The printer's layout, checked on hand-built models.</summary>
public sealed class WitPrinterTests
{
    private static readonly WitType U32 = P(PrimitiveKind.U32);
    private static readonly WitType U8 = P(PrimitiveKind.U8);
    private static readonly WitType Str = P(PrimitiveKind.String);

    /// <summary>Prints the model and checks that the text is syntactically valid WIT.</summary>
    private static string PrintAndParse(WitModel model)
    {
        var text = WitPrinter.Print(model);
        var parsed = WitParser.Parse(new SourceFile("printed.wit", text));
        parsed.Diagnostics.ShouldBeEmpty(text);
        return text;
    }

    [Fact]
    public void Single_package_uses_the_header_form()
    {
        var b = new ModelBuilder();
        var pkg = b.AddPackage("foo", "bar", "1.2.3", docs: "The package.");
        var i = b.AddInterface(pkg, "types");
        b.Define(i, "point", new RecordKind(new[] { new Field("x", U32, "Across."), new Field("y", U32, null) }), docs: "A point.\nTwo lines.");
        b.AddFunction(i, Func("area", U32, ("p", b.Anon(new ListKind(U8)))));

        PrintAndParse(b.Build()).ShouldBe(
            """
            /// The package.
            package foo:bar@1.2.3;

            interface types {
              /// A point.
              /// Two lines.
              record point {
                /// Across.
                x: u32,
                y: u32,
              }

              area: func(p: list<u8>) -> u32;
            }

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Every_kind_of_definition_is_written_in_normal_form()
    {
        var b = new ModelBuilder();
        var pkg = b.AddPackage("a", "b");
        var i = b.AddInterface(pkg, "kinds");
        var alias = b.Define(i, "size", new AliasKind(P(PrimitiveKind.U64)));
        b.Define(i, "shape", new VariantKind(new[] { new Model.Case("none", null, null), new Model.Case("circle", alias, "Radius.") }));
        b.Define(i, "color", new EnumKind(new[] { new EnumCase("red", null), new EnumCase("green", null) }));
        b.Define(i, "perms", new FlagsKind(new[] { new Flag("read", null), new Flag("write", null) }));
        b.Define(i, "empty", new RecordKind(EquatableArray<Field>.Empty));
        b.Define(i, "pair", new TupleKind(new[] { U8, Str }));
        b.Define(i, "bytes", new FixedLengthListKind(U8, 4));
        b.Define(i, "index", new MapKind(Str, U32));

        PrintAndParse(b.Build()).ShouldBe(
            """
            package a:b;

            interface kinds {
              type size = u64;

              variant shape {
                none,
                /// Radius.
                circle(size),
              }

              enum color {
                red,
                green,
              }

              flags perms {
                read,
                write,
              }

              record empty {}
              type pair = tuple<u8, string>;
              type bytes = list<u8, 4>;
              type index = map<string, u32>;
            }

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Anonymous_types_are_written_inline()
    {
        var b = new ModelBuilder();
        var pkg = b.AddPackage("a", "b");
        var i = b.AddInterface(pkg, "inline");
        var r = b.Define(i, "r", ResourceKind.Instance);
        var results = new[]
        {
            b.Anon(new ResultKind(null, null)),
            b.Anon(new ResultKind(U32, null)),
            b.Anon(new ResultKind(null, Str)),
            b.Anon(new ResultKind(U32, Str)),
        };
        b.AddFunction(i, Func("results", b.Anon(new TupleKind(results))));
        b.AddFunction(i, Func(
            "handles",
            b.Anon(new OptionKind(b.Anon(new HandleKind(HandleOwnership.Own, r.Id)))),
            ("x", b.Anon(new HandleKind(HandleOwnership.Borrow, r.Id)))));
        b.AddFunction(i, Func(
            "async-types",
            null,
            ("f", b.Anon(new FutureKind(null))),
            ("g", b.Anon(new FutureKind(U32))),
            ("s", b.Anon(new StreamKind(null))),
            ("t", b.Anon(new StreamKind(b.Anon(new ListKind(b.Anon(new FixedLengthListKind(U8, 2)))))))));
        b.AddFunction(i, Func("ctx", P(PrimitiveKind.ErrorContext)));

        PrintAndParse(b.Build()).ShouldBe(
            """
            package a:b;

            interface inline {
              resource r;

              results: func() -> tuple<result, result<u32>, result<_, string>, result<u32, string>>;
              handles: func(x: borrow<r>) -> option<r>;
              async-types: func(f: future, g: future<u32>, s: stream, t: stream<list<list<u8, 2>>>);
              ctx: func() -> error-context;
            }

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Resources_group_their_constructor_methods_and_statics()
    {
        var b = new ModelBuilder();
        var pkg = b.AddPackage("a", "b");
        var i = b.AddInterface(pkg, "res");
        var blob = b.Define(i, "blob", ResourceKind.Instance, docs: "Bytes.");
        var own = b.Anon(new HandleKind(HandleOwnership.Own, blob.Id));
        var self = b.Anon(new HandleKind(HandleOwnership.Borrow, blob.Id));
        var fallible = b.Anon(new ResultKind(own, Str));
        b.Define(i, "handle", new HandleKind(HandleOwnership.Own, blob.Id));
        b.AddFunction(i, Func("[constructor]blob", FunctionKind.Constructor, blob.Id, own, ("init", b.Anon(new ListKind(U8)))));
        b.AddFunction(i, Func("[method]blob.size", FunctionKind.Method, blob.Id, U32, ("self", self)));
        b.AddFunction(i, Func("[method]blob.read", FunctionKind.AsyncMethod, blob.Id, Str, ("self", self), ("n", U32)) with
        {
            Docs = "Reads.",
            Stability = Since("0.2.0"),
        });
        b.AddFunction(i, Func("[static]blob.merge", FunctionKind.Static, blob.Id, own, ("a", own), ("b", own)));
        b.AddFunction(i, Func("[static]blob.fetch", FunctionKind.AsyncStatic, blob.Id, own));
        b.AddFunction(i, Func("[constructor]blob", FunctionKind.Constructor, blob.Id, fallible));
        b.AddFunction(i, Func("free", U32));

        PrintAndParse(b.Build()).ShouldBe(
            """
            package a:b;

            interface res {
              /// Bytes.
              resource blob {
                constructor(init: list<u8>);
                size: func() -> u32;

                /// Reads.
                @since(version = 0.2.0)
                read: async func(n: u32) -> string;

                merge: static func(a: blob, b: blob) -> blob;
                fetch: static async func() -> blob;
                constructor() -> result<blob, string>;
              }

              type handle = own<blob>;

              free: func() -> u32;
            }

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Used_types_become_use_statements_grouped_by_interface()
    {
        var b = new ModelBuilder();
        var dep = b.AddPackage("wasi", "io", "0.2.0");
        var streams = b.AddInterface(dep, "streams");
        var input = b.Define(streams, "input-stream", ResourceKind.Instance);
        var error = b.Define(streams, "error", ResourceKind.Instance);
        var pkg = b.AddPackage("my", "app");
        var types = b.AddInterface(pkg, "types");
        var id = b.Define(types, "id", new AliasKind(U32));
        var api = b.AddInterface(pkg, "api");
        var localInput = b.Define(api, "input-stream", new AliasKind(input));
        b.Define(api, "ident", new AliasKind(id));
        b.Define(api, "stream-error", new AliasKind(error), stability: Since("0.2.1"));
        b.Define(api, "local", new AliasKind(localInput));
        b.Define(api, "%type", new AliasKind(id));

        var text = PrintAndParse(b.Build());

        text.ShouldBe(
            """
            package wasi:io@0.2.0 {
              interface streams {
                resource input-stream;
                resource error;
              }
            }

            package my:app {
              interface types {
                type id = u32;
              }

              interface api {
                use wasi:io/streams@0.2.0.{input-stream};
                use types.{id as ident, id as %type};

                @since(version = 0.2.1)
                use wasi:io/streams@0.2.0.{error as stream-error};

                type local = input-stream;
              }
            }

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Worlds_write_types_then_imports_then_exports()
    {
        var b = new ModelBuilder();
        var pkg = b.AddPackage("a", "b", "1.0.0");
        var shared = b.AddInterface(pkg, "shared", docs: "Shared.", stability: Unstable("next"));
        var t = b.Define(shared, "t", new AliasKind(U32));
        var world = b.AddWorld(pkg, "app", docs: "The app.");
        var used = b.Define(world, "t", new AliasKind(t));
        b.Define(world, "own-record", new RecordKind(new[] { new Field("value", used, null) }));
        b.Import(world, new WorldEntry(WorldKey.Of(shared), new WorldInterfaceItem(shared, Stability.Unknown)));
        b.Import(world, new WorldEntry(WorldKey.Of("log"), new WorldFunctionItem(Func("log", null, ("msg", Str)))));
        var inline = b.AddInterface(pkg, null, docs: "Inline.");
        b.AddFunction(inline, Func("tick"));
        b.Import(world, new WorldEntry(WorldKey.Of("clock"), new WorldInterfaceItem(inline, Since("1.0.0"))));
        var empty = b.AddInterface(pkg, null);
        b.Export(world, new WorldEntry(WorldKey.Of("nothing"), new WorldInterfaceItem(empty, Stability.Unknown)));
        b.Export(world, new WorldEntry(WorldKey.Of("run"), new WorldFunctionItem(Func("run", FunctionKind.AsyncFreestanding, null, used))));
        b.Export(world, new WorldEntry(WorldKey.Of(shared), new WorldInterfaceItem(shared, Unstable("next"))));

        PrintAndParse(b.Build()).ShouldBe(
            """
            package a:b@1.0.0;

            /// Shared.
            @unstable(feature = next)
            interface shared {
              type t = u32;
            }

            /// The app.
            world app {
              use shared.{t};

              record own-record {
                value: t,
              }

              import shared;
              import log: func(msg: string);

              /// Inline.
              @since(version = 1.0.0)
              import clock: interface {
                tick: func();
              }

              export nothing: interface {}
              export run: async func() -> t;

              @unstable(feature = next)
              export shared;
            }

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void World_level_resources_collect_their_functions()
    {
        var b = new ModelBuilder();
        var pkg = b.AddPackage("a", "b");
        var world = b.AddWorld(pkg, "w");
        var r = b.Define(world, "r", ResourceKind.Instance);
        var self = b.Anon(new HandleKind(HandleOwnership.Borrow, r.Id));
        b.Import(world, new WorldEntry(WorldKey.Of("[method]r.get"), new WorldFunctionItem(Func("[method]r.get", FunctionKind.Method, r.Id, U32, ("self", self)))));
        b.Import(world, new WorldEntry(WorldKey.Of("make"), new WorldFunctionItem(Func("make", b.Anon(new HandleKind(HandleOwnership.Own, r.Id))))));

        PrintAndParse(b.Build()).ShouldBe(
            """
            package a:b;

            world w {
              resource r {
                get: func() -> u32;
              }

              import make: func() -> r;
            }

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Keywords_are_escaped_everywhere_a_name_appears()
    {
        var b = new ModelBuilder();
        var pkg = b.AddPackage("test", "async");
        var i = b.AddInterface(pkg, "interface");
        var record = b.Define(i, "record", new RecordKind(new[] { new Field("type", U8, null) }));
        b.AddFunction(i, Func("func", record, ("list", Str)));

        PrintAndParse(b.Build()).ShouldBe(
            """
            package test:%async;

            interface %interface {
              record %record {
                %type: u8,
              }

              %func: func(%list: string) -> %record;
            }

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Empty_models_and_empty_packages_print_without_throwing()
    {
        WitPrinter.Print(new ModelBuilder().Build()).ShouldBe(string.Empty);

        var b = new ModelBuilder();
        b.AddPackage("a", "b");
        WitPrinter.Print(b.Build()).ShouldBe("package a:b;\n");
    }

    [Fact]
    public void Dangling_references_print_a_placeholder_instead_of_throwing()
    {
        var b = new ModelBuilder();
        var pkg = b.AddPackage("a", "b");
        var i = b.AddInterface(pkg, "broken");
        b.Define(i, "bad", new AliasKind(WitType.Of(new TypeId(99))));
        b.Define(i, "r", new HandleKind(HandleOwnership.Borrow, new TypeId(77)));
        var world = b.AddWorld(pkg, "w");
        b.Import(world, new WorldEntry(WorldKey.Of(new InterfaceId(55)), new WorldInterfaceItem(new InterfaceId(55), Stability.Unknown)));

        var text = WitPrinter.Print(b.Build());

        text.ShouldContain("type bad = %unknown-type;");
        text.ShouldContain("type r = borrow<%unknown-type>;");
        text.ShouldContain("import %unknown-interface;");
    }

    [Fact]
    public void Output_is_deterministic_and_uses_only_line_feeds()
    {
        var b = new ModelBuilder();
        var pkg = b.AddPackage("a", "b", docs: "Line one.\r\nLine two.");
        var i = b.AddInterface(pkg, "x");
        b.AddFunction(i, Func("f", U32));
        var model = b.Build();

        var first = WitPrinter.Print(model);

        first.ShouldNotContain("\r");
        first.ShouldStartWith("/// Line one.\n/// Line two.\npackage a:b;\n");
        WitPrinter.Print(model).ShouldBe(first);
    }

    [Fact]
    public void Packages_come_by_name_each_after_the_packages_it_refers_to()
    {
        var b = new ModelBuilder();
        var zed = b.AddPackage("z", "lib");
        var zedIface = b.AddInterface(zed, "api");
        var zt = b.Define(zedIface, "t", new AliasKind(U8));
        var other = b.AddPackage("m", "other");
        b.AddInterface(other, "nothing");
        var app = b.AddPackage("a", "app");
        var appIface = b.AddInterface(app, "uses");
        b.Define(appIface, "t", new AliasKind(zt));

        var text = PrintAndParse(b.Build());

        var order = text.Split('\n').Where(l => l.StartsWith("package ", StringComparison.Ordinal)).ToArray();
        order.ShouldBe(new[] { "package z:lib {", "package a:app {", "package m:other {" });
    }

    [Fact]
    public void Deprecated_items_keep_both_gates_and_labelled_imports_keep_their_label()
    {
        var b = new ModelBuilder();
        var pkg = b.AddPackage("a", "b", "2.0.0");
        var store = b.AddInterface(pkg, "store");
        b.AddFunction(store, Func("old") with { Stability = new Stability(StabilityKind.Stable, Version("1.0.0"), null, Version("2.0.0")) });
        var world = b.AddWorld(pkg, "w");
        b.Import(world, new WorldEntry(WorldKey.Of("primary"), new WorldInterfaceItem(store, Stability.Unknown)));
        b.Import(world, new WorldEntry(WorldKey.Of(store), new WorldInterfaceItem(store, Stability.Unknown)));

        PrintAndParse(b.Build()).ShouldBe(
            """
            package a:b@2.0.0;

            interface store {
              @since(version = 1.0.0)
              @deprecated(version = 2.0.0)
              old: func();
            }

            world w {
              import primary: store;
              import store;
            }

            """.Replace("\r\n", "\n"));
    }
}
