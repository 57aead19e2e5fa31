using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Declarations;
using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Tests.CompileGate;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Tests.Context;

/// <summary>
/// <see cref="TypeDeclarationPlanBuilder"/>: the declarations of records, variants, enums and flags are decided before
/// any file is written, from the names and types the rest of the plan already decided, so a declaration and the
/// marshalling code that reads its values cannot disagree.
/// </summary>
public sealed class TypeDeclarationPlanTests
{
    private const string Wit = """
        package test:app;
        interface api {
            /// A point.
            record point { x: u32, to-string: string }
            variant shape { value(point), empty }
            enum color { red, green }
            flags perms { none, read }
            resource conn;
            type alias = point;
            take: func(p: point, s: shape, c: color, f: perms, a: alias, h: borrow<conn>);
        }
        world w { import api; }
        """;

    [Theory]
    [InlineData(BindingMode.Host)]
    [InlineData(BindingMode.Guest)]
    public void Records_variants_enums_and_flags_are_declared_with_planned_names_and_types(BindingMode mode)
    {
        var context = Create(WitSource.Resolve(Wit), "w", mode);

        var file = TypeDeclarationPlan.Create(context).Files.ShouldHaveSingleItem();

        file.Container.Namespace.ShouldBe("Test.App.Api");
        file.Types.Select(t => (t.GetType().Name, t.Name, t.WitName)).ShouldBe(
            [("RecordDeclaration", "Point", "point"), ("VariantDeclaration", "Shape", "shape"), ("EnumDeclaration", "Color", "color"), ("FlagsDeclaration", "Perms", "perms")]);
        var point = file.Types[0].ShouldBeOfType<RecordDeclaration>();
        point.Docs.ShouldBe("A point.");
        point.Fields.Select(f => (f.WitName, f.Name, f.Type)).ShouldBe([("x", "X", "uint"), ("to-string", "ToString2", "string")]);
        file.Types[1].ShouldBeOfType<VariantDeclaration>().Cases.Select(c => (c.Name, c.Type)).ShouldBe(
            [("Value2", "global::Test.App.Api.Point"), ("Empty", null)]);
        file.Types[2].ShouldBeOfType<EnumDeclaration>().UnderlyingType.ShouldBe("byte");
        var perms = file.Types[3].ShouldBeOfType<FlagsDeclaration>();
        perms.Flags.Select(f => f.Name).ShouldBe(["None2", "Read"]);
        (perms.UnderlyingType, perms.LiteralSuffix).ShouldBe(("byte", string.Empty));
    }

    [Theory]
    [InlineData("sizes.wit")]
    [InlineData("collisions.wit")]
    [InlineData("aggregates.wit")]
    public void Declarations_agree_with_the_marshal_plan(string corpusFile)
    {
        var (model, problems) = WitSource.Load(Path.Combine(CorpusCompileTests.CorpusDirectory, corpusFile), ["fancy-types"]);
        model.ShouldNotBeNull(problems);
        var declarations = 0;
        foreach (var world in model.Worlds.Where(w => model.RootPackages.Contains(w.Package)))
        {
            var context = Create(model, world.Name, BindingMode.Host);
            var marshal = new MarshalTypeBuilder(context);
            foreach (var declaration in TypeDeclarationPlan.Create(context).Files.SelectMany(f => f.Types))
            {
                declarations++;
                var node = marshal.Build(WitType.Of(declaration.Id));
                node.CSharpType.ShouldEndWith("." + declaration.Name);
                switch (declaration)
                {
                    case RecordDeclaration record:
                        var fields = node.ShouldBeOfType<RecordMarshal>().Fields;
                        record.Fields.Select(f => (f.Name, f.Type)).ShouldBe(fields.Select(f => (f.Member, (string?)f.Type.CSharpType)));
                        break;
                    case VariantDeclaration variant:
                        var cases = node.ShouldBeOfType<VariantMarshal>().Cases;
                        variant.Cases.Select(c => (c.Name, c.Type)).ShouldBe(cases.Select(c => (c.Member, c.Payload?.CSharpType)));
                        break;
                    case EnumDeclaration @enum:
                        var enumNode = node.ShouldBeOfType<EnumMarshal>();
                        @enum.Cases.Select(c => c.Name).ShouldBe(enumNode.Cases.Select(c => c.Member));
                        @enum.UnderlyingType.ShouldBe(CSharpTypeMapper.Primitive(enumNode.Discriminant));
                        break;
                    case FlagsDeclaration flags:
                        var flagsNode = node.ShouldBeOfType<FlagsMarshal>();
                        flags.Flags.Select(f => f.Name).ShouldBe(flagsNode.Flags.Select(f => f.Member));
                        SizeInBytes(flags.UnderlyingType).ShouldBe(Math.Max(1, flagsNode.Width), flags.WitName);
                        break;
                }
            }
        }

        declarations.ShouldBeGreaterThan(0);
    }

    private static int SizeInBytes(string keyword) => keyword switch
    {
        "byte" => sizeof(byte),
        "ushort" => sizeof(ushort),
        "uint" => sizeof(uint),
        "ulong" => sizeof(ulong),
        _ => throw new ArgumentException($"not an unsigned integer keyword: {keyword}", nameof(keyword)),
    };

    private static CodeGenContext Create(WitModel model, string world, BindingMode mode)
    {
        var diagnostics = new DiagnosticBag();
        var context = CodeGenContext.Create(model, new CodeGenOptions(world, mode, null, false), diagnostics);
        diagnostics.Items.ShouldBeEmpty();
        return context!;
    }
}
