using WitBindgen.CodeGen.Context;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Tests.Naming;

/// <summary>
/// Member names that clash after PascalCasing are decided once, in the plan, and the type declarations and the
/// marshalling code of both modes use the planned names.
/// </summary>
public sealed class DeclaredMemberPlanTests
{
    private const string Clashing = """
        package test:app;
        interface api {
            record point { point: u32, to-string: u32, x: u32 }
            variant shape { value(u32), shape }
            enum color { color, red }
            flags perms { none, perms, read }
            take: func(p: point, s: shape, c: color, f: perms) -> point;
            give: func() -> tuple<shape, color, perms>;
        }
        world w { import api; export api; }
        """;

    [Theory]
    [InlineData(BindingMode.Host)]
    [InlineData(BindingMode.Guest)]
    public void Clashing_members_get_suffixed_names_in_the_plan(BindingMode mode)
    {
        var context = Create(mode);

        foreach (var (type, expected) in new[]
        {
            ("point", new[] { "Point2", "ToString2", "X" }),
            ("shape", new[] { "Value2", "Shape2" }),
            ("color", new[] { "Color2", "Red" }),
            ("perms", new[] { "None2", "Perms2", "Read" }),
        })
        {
            var ids = DeclaredIds(context, type);
            ids.ShouldNotBeEmpty();
            foreach (var id in ids)
            {
                context.Members.Of(id).ShouldBe(expected);
            }
        }
    }

    [Theory]
    [InlineData(BindingMode.Host, "Marshal.g.cs", "value.{0}")]
    [InlineData(BindingMode.Guest, "CanonicalAbi.g.cs", "v.{0}")]
    public void Declarations_and_marshalling_use_the_planned_names(BindingMode mode, string marshalFile, string fieldAccess)
    {
        var context = Create(mode);
        var files = CSharpGenerator.Generate(WitSource.Resolve(Clashing), new CodeGenOptions("w", mode, null, false)).Files;
        var declarations = string.Join("\n", files.Where(f => f.HintName.EndsWith(".Types.g.cs", StringComparison.Ordinal)).Select(f => f.Text));
        var marshalling = string.Join("\n", files.Where(f => f.HintName.EndsWith(marshalFile, StringComparison.Ordinal)).Select(f => f.Text));

        foreach (var field in context.Members.Of(DeclaredIds(context, "point")[0]))
        {
            declarations.ShouldContain($"uint {field}");
            marshalling.ShouldContain(string.Format(System.Globalization.CultureInfo.InvariantCulture, fieldAccess, field));
        }

        foreach (var @case in context.Members.Of(DeclaredIds(context, "shape")[0]))
        {
            declarations.ShouldContain($"public sealed record {@case}(");
            marshalling.ShouldContain($"global::Test.App.Api.Shape.{@case}");
        }

        if (mode == BindingMode.Host)
        {
            foreach (var (type, members) in new[] { ("Color", "color"), ("Perms", "perms") })
            {
                foreach (var member in context.Members.Of(DeclaredIds(context, members)[0]))
                {
                    declarations.ShouldContain($"    {member} = ");
                    marshalling.ShouldContain($"global::Test.App.Api.{type}.{member}");
                }
            }
        }
    }

    private static CodeGenContext Create(BindingMode mode)
    {
        var diagnostics = new DiagnosticBag();
        var context = CodeGenContext.Create(WitSource.Resolve(Clashing), new CodeGenOptions("w", mode, null, false), diagnostics);
        diagnostics.Items.ShouldBeEmpty();
        return context!;
    }

    private static List<TypeId> DeclaredIds(CodeGenContext context, string witName) =>
        Enumerable.Range(0, context.Model.Types.Count)
            .Select(i => new TypeId(i))
            .Where(id => context.Model[id].Name == witName && context.IsDeclared(id))
            .ToList();
}
