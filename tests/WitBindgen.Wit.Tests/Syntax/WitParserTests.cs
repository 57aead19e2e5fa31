using WitBindgen.Wit.Syntax;
using static WitBindgen.Wit.Tests.Syntax.ParserTestHelpers;

namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>The syntax tree the parser builds for small inputs.</summary>
public sealed class WitParserTests
{
    [Fact]
    public void Package_header_takes_a_full_semver()
    {
        var document = ParseValid("/// The package.\npackage wasi:http@0.3.0-rc.2024-12-05+build.7;\n");

        var header = document.Package.ShouldNotBeNull();
        header.Docs.Contents.ShouldBe("The package.");
        header.Name.Namespace.ShouldBe("wasi");
        header.Name.Name.ShouldBe("http");
        header.Name.Version.ShouldBe(new SemVer(0, 3, 0, "rc.2024-12-05", "build.7"));
        header.Name.ToString().ShouldBe("wasi:http@0.3.0-rc.2024-12-05+build.7");
    }

    [Fact]
    public void A_file_without_header_may_hold_package_blocks()
    {
        var document = ParseValid("package a:b@1.0.0 {\n  interface i {}\n}\n// docs\npackage c:d { world w {} }\n");

        document.Package.ShouldBeNull();
        document.NestedPackages.Select(p => p.Name.ToString()).ShouldBe(new[] { "a:b@1.0.0", "c:d" });
        document.NestedPackages[0].Items.Single().ShouldBeOfType<InterfaceSyntax>().Name.Name.ShouldBe("i");
        document.NestedPackages[1].Docs.Contents.ShouldBe("docs");
    }

    [Fact]
    public void Header_and_package_blocks_can_be_mixed()
    {
        var document = ParseValid("package a:b;\ninterface i {}\npackage c:d { interface j {} }\n");

        document.Package!.Name.ToString().ShouldBe("a:b");
        document.Items.Single().ShouldBeOfType<InterfaceSyntax>();
        document.NestedPackages.Single().Name.ToString().ShouldBe("c:d");
    }

    [Fact]
    public void Top_level_use_takes_a_qualified_path_and_an_alias()
    {
        var use = ParseValid("use wasi:io/streams@0.2.0 as s;\nuse local;").Items.Cast<TopLevelUse>().ToList();

        var path = use[0].Path.ShouldBeOfType<PackageUsePath>();
        path.Package.ToString().ShouldBe("wasi:io@0.2.0");
        path.Name.Name.ShouldBe("streams");
        use[0].As!.Value.Name.ShouldBe("s");
        use[1].Path.ShouldBeOfType<LocalUsePath>().Name.Name.ShouldBe("local");
        use[1].As.ShouldBeNull();
    }

    [Fact]
    public void Every_type_expression_has_its_own_node()
    {
        var iface = Interface(ParseValid("""
            interface t {
              type a = list<u8>;
              type b = list<string, 4>;
              type c = map<string, list<u32>>;
              type d = option<bool>;
              type e = result;
              type f = result<s32>;
              type g = result<_, error-code>;
              type h = result<f32, f64>;
              type i = tuple<char, s8, s16, s64,>;
              type j = borrow<r>;
              type k = own<r>;
              type l = future;
              type m = future<u16>;
              type n = stream;
              type o = stream<u64>;
              type p = %stream;
              type q = error-context;
            }
            """));

        AliasedType(iface, "a").ShouldBeOfType<ListTypeSyntax>().Length.ShouldBeNull();
        AliasedType(iface, "b").ShouldBeOfType<ListTypeSyntax>().Length.ShouldBe(4u);
        AliasedType(iface, "c").ShouldBeOfType<MapTypeSyntax>().Value.ShouldBeOfType<ListTypeSyntax>();
        AliasedType(iface, "d").ShouldBeOfType<OptionTypeSyntax>().Element.ShouldBeOfType<PrimitiveTypeSyntax>().Kind.ShouldBe(PrimitiveKind.Bool);
        AliasedType(iface, "e").ShouldBe(new ResultTypeSyntax(null, null, AliasedType(iface, "e").Span));
        AliasedType(iface, "f").ShouldBeOfType<ResultTypeSyntax>().Err.ShouldBeNull();
        var g = AliasedType(iface, "g").ShouldBeOfType<ResultTypeSyntax>();
        g.Ok.ShouldBeNull();
        g.Err.ShouldBeOfType<NamedTypeSyntax>().Name.Name.ShouldBe("error-code");
        AliasedType(iface, "h").ShouldBeOfType<ResultTypeSyntax>().Err.ShouldBeOfType<PrimitiveTypeSyntax>().Kind.ShouldBe(PrimitiveKind.F64);
        AliasedType(iface, "i").ShouldBeOfType<TupleTypeSyntax>().Elements.Count.ShouldBe(4);
        AliasedType(iface, "j").ShouldBeOfType<BorrowTypeSyntax>().Resource.Name.ShouldBe("r");
        AliasedType(iface, "k").ShouldBeOfType<OwnTypeSyntax>().Resource.Name.ShouldBe("r");
        AliasedType(iface, "l").ShouldBeOfType<FutureTypeSyntax>().Element.ShouldBeNull();
        AliasedType(iface, "m").ShouldBeOfType<FutureTypeSyntax>().Element.ShouldNotBeNull();
        AliasedType(iface, "n").ShouldBeOfType<StreamTypeSyntax>().Element.ShouldBeNull();
        AliasedType(iface, "o").ShouldBeOfType<StreamTypeSyntax>().Element.ShouldNotBeNull();
        AliasedType(iface, "p").ShouldBeOfType<NamedTypeSyntax>().Name.Name.ShouldBe("stream");
        AliasedType(iface, "q").ShouldBeOfType<PrimitiveTypeSyntax>().Kind.ShouldBe(PrimitiveKind.ErrorContext);
    }

    [Fact]
    public void Type_spans_cover_the_whole_expression()
    {
        const string Text = "interface t { type a = list<option<u8>>; }";
        var type = AliasedType(Interface(ParseValid(Text)), "a");

        Text.Substring(type.Span.Start, type.Span.Length).ShouldBe("list<option<u8>>");
    }

    [Fact]
    public void Records_variants_enums_and_flags_keep_their_members_and_docs()
    {
        var items = Interface(ParseValid("""
            interface t {
              record r { /// x doc
                x: u32, y: string, }
              variant v { a, b(u8), }
              enum e { one, /** two doc */ two }
              flags f { read, write }
            }
            """)).Items.Cast<InterfaceTypeDef>().Select(t => t.TypeDef).ToList();

        var record = items[0].ShouldBeOfType<RecordSyntax>();
        record.Fields.Select(f => f.Name.Name).ShouldBe(new[] { "x", "y" });
        record.Fields[0].Docs.Contents.ShouldBe("x doc");
        var variant = items[1].ShouldBeOfType<VariantSyntax>();
        variant.Cases[0].Type.ShouldBeNull();
        variant.Cases[1].Type.ShouldBeOfType<PrimitiveTypeSyntax>();
        var enumeration = items[2].ShouldBeOfType<EnumSyntax>();
        enumeration.Cases[1].Docs.Contents.ShouldBe("two doc");
        items[3].ShouldBeOfType<FlagsSyntax>().Flags.Select(f => f.Name.Name).ShouldBe(new[] { "read", "write" });
    }

    [Fact]
    public void Resources_have_constructors_methods_statics_and_async_functions()
    {
        var iface = Interface(ParseValid("""
            interface t {
              resource empty;
              resource r {
                constructor(x: u32);
                get: func() -> u32;
                make: static func() -> r;
                wait: async func();
                later: static async func() -> string;
              }
            }
            """));
        var resources = iface.Items.Cast<InterfaceTypeDef>().Select(t => t.TypeDef).Cast<ResourceSyntax>().ToList();

        resources[0].Funcs.ShouldBeEmpty();
        var funcs = resources[1].Funcs;
        funcs.Select(f => (f.Kind, f.Name.Name, f.Func.IsAsync)).ShouldBe(new[]
        {
            (ResourceFuncKind.Constructor, "constructor", false),
            (ResourceFuncKind.Method, "get", false),
            (ResourceFuncKind.Static, "make", false),
            (ResourceFuncKind.Method, "wait", true),
            (ResourceFuncKind.Static, "later", true),
        });
        funcs[0].Func.Params.Single().Name.Name.ShouldBe("x");
    }

    [Fact]
    public void Interface_functions_and_uses()
    {
        var items = Interface(ParseValid("""
            interface t {
              use wasi:io/streams@0.2.0.{input-stream, output-stream as out};
              use types.{};
              f: func(a: u32, b: list<u8>,) -> result<string>;
              g: async func();
            }
            """)).Items;

        var use = items[0].ShouldBeOfType<InterfaceUse>().Use;
        use.Path.ShouldBeOfType<PackageUsePath>().Package.Version!.ToString().ShouldBe("0.2.0");
        use.Names.Select(n => (n.Name.Name, n.As?.Name)).ShouldBe(new[] { ("input-stream", (string?)null), ("output-stream", "out") });
        items[1].ShouldBeOfType<InterfaceUse>().Use.Names.ShouldBeEmpty();
        var f = items[2].ShouldBeOfType<InterfaceFunc>();
        f.Func.Params.Select(p => p.Name.Name).ShouldBe(new[] { "a", "b" });
        f.Func.Result.ShouldBeOfType<ResultTypeSyntax>();
        items[3].ShouldBeOfType<InterfaceFunc>().Func.IsAsync.ShouldBeTrue();
    }

    [Fact]
    public void World_items_cover_every_import_and_export_form()
    {
        var world = World(ParseValid("""
            world w {
              import a;
              import wasi:io/poll@0.2.0;
              import label: wasi:kv/store;
              import local-label: store;
              export run: func() -> u32;
              export run-async: async func();
              import inline: interface { f: func(); }
              use wasi:io/streams.{input-stream};
              type t = u32;
              record r { x: u8 }
              include other;
              include wasi:cli/imports@0.2.0 with { a as b, c as d }
            }
            """));
        var items = world.Items;

        items[0].ShouldBeOfType<WorldExternSyntax>().Kind.ShouldBeOfType<ExternPath>().Path.ShouldBeOfType<LocalUsePath>();
        items[1].ShouldBeOfType<WorldExternSyntax>().Kind.ShouldBeOfType<ExternPath>().Path.ShouldBeOfType<PackageUsePath>().Name.Name.ShouldBe("poll");
        var named = items[2].ShouldBeOfType<WorldExternSyntax>().Kind.ShouldBeOfType<ExternNamedPath>();
        named.Name.Name.ShouldBe("label");
        named.Path.ShouldBeOfType<PackageUsePath>().Package.ToString().ShouldBe("wasi:kv");
        items[3].ShouldBeOfType<WorldExternSyntax>().Kind.ShouldBeOfType<ExternNamedPath>().Path.ShouldBeOfType<LocalUsePath>().Name.Name.ShouldBe("store");
        var run = items[4].ShouldBeOfType<WorldExternSyntax>();
        run.Direction.ShouldBe(ExternDirection.Export);
        run.Kind.ShouldBeOfType<ExternFunc>().Func.IsAsync.ShouldBeFalse();
        items[5].ShouldBeOfType<WorldExternSyntax>().Kind.ShouldBeOfType<ExternFunc>().Func.IsAsync.ShouldBeTrue();
        items[6].ShouldBeOfType<WorldExternSyntax>().Kind.ShouldBeOfType<ExternInterface>().Items.Single().ShouldBeOfType<InterfaceFunc>();
        items[7].ShouldBeOfType<WorldUse>();
        items[8].ShouldBeOfType<WorldTypeDef>().TypeDef.ShouldBeOfType<TypeAliasSyntax>();
        items[9].ShouldBeOfType<WorldTypeDef>().TypeDef.ShouldBeOfType<RecordSyntax>();
        items[10].ShouldBeOfType<IncludeSyntax>().With.ShouldBeEmpty();
        items[11].ShouldBeOfType<IncludeSyntax>().With.Select(n => (n.Name.Name, n.As.Name)).ShouldBe(new[] { ("a", "b"), ("c", "d") });
    }

    [Fact]
    public void Gates_are_attached_to_the_item_after_them()
    {
        var document = ParseValid("""
            package a:b@1.0.0;
            @since(version = 1.0.0)
            @deprecated(version = 1.1.0)
            interface i {
              @unstable(feature = fancy-things)
              f: func();
              @since(version = 0.9.0) use j.{t};
              resource r { @since(version = 1.0.0) constructor(); }
            }
            world w {
              @unstable(feature = x) import i;
              @since(version = 1.0.0) include v;
            }
            """);
        var iface = document.Items.OfType<InterfaceSyntax>().Single();

        iface.Gates.Count.ShouldBe(2);
        iface.Gates[0].ShouldBeOfType<SinceGate>().Version.ToString().ShouldBe("1.0.0");
        iface.Gates[1].ShouldBeOfType<DeprecatedGate>().Version.ToString().ShouldBe("1.1.0");
        iface.Items[0].ShouldBeOfType<InterfaceFunc>().Gates.Single().ShouldBeOfType<UnstableGate>().Feature.Name.ShouldBe("fancy-things");
        iface.Items[1].ShouldBeOfType<InterfaceUse>().Use.Gates.Single().ShouldBeOfType<SinceGate>();
        iface.Items[2].ShouldBeOfType<InterfaceTypeDef>().TypeDef.ShouldBeOfType<ResourceSyntax>().Funcs.Single().Gates.Count.ShouldBe(1);
        var world = document.Items.OfType<WorldSyntax>().Single();
        world.Items[0].ShouldBeOfType<WorldExternSyntax>().Gates.Single().ShouldBeOfType<UnstableGate>();
        world.Items[1].ShouldBeOfType<IncludeSyntax>().Gates.Single().ShouldBeOfType<SinceGate>();
    }

    [Fact]
    public void Escaped_identifiers_let_keywords_be_names()
    {
        var iface = Interface(ParseValid("interface %interface { %type: func(%func: %list) -> %result; }"));

        iface.Name.Name.ShouldBe("interface");
        var func = iface.Items.Single().ShouldBeOfType<InterfaceFunc>();
        func.Name.Name.ShouldBe("type");
        func.Name.Span.ShouldBe(new TextSpan(23, 5));
        func.Func.Params.Single().Type.ShouldBeOfType<NamedTypeSyntax>().Name.Name.ShouldBe("list");
    }

    [Fact]
    public void Crlf_tabs_and_byte_order_mark_are_accepted()
    {
        var document = ParseValid("\uFEFF// hi\r\npackage a:b;\r\n\r\n/// doc\r\ninterface i {\r\n\tf: func();\r\n}\r\n");

        Interface(document).Docs.Contents.ShouldBe("doc");
    }

    [Fact]
    public void Empty_input_is_an_empty_document()
    {
        var document = ParseValid("");

        document.Package.ShouldBeNull();
        document.Items.ShouldBeEmpty();
        document.NestedPackages.ShouldBeEmpty();
    }

    [Fact]
    public void Deep_type_nesting_up_to_the_limit_is_accepted()
    {
        var type = string.Concat(Enumerable.Repeat("list<", 100)) + "u8" + new string('>', 100);

        ParseValid($"interface i {{ type t = {type}; }}");
    }
}
