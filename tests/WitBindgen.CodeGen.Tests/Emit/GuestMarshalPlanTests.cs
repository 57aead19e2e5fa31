using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Emit.Abi;
using WitBindgen.CodeGen.Emit.Guest;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.CodeGen.Tests.Emit;

/// <summary>
/// <see cref="GuestMarshalPlan"/>: which helper methods the Canonical ABI class declares, and in which order, is decided
/// before any file is written; the written class declares exactly those.
/// </summary>
public sealed class GuestMarshalPlanTests
{
    private const string Wit = """
        package test:app;
        interface api {
            record point { x: u32, tags: list<string> }
            variant shape { dot(point), none }
            move: func(p: point) -> point;
            again: func(p: point, s: shape);
            bytes: func(b: list<u8>) -> string;
            points: func() -> list<point>;
        }
        world w { import api; }
        """;

    [Fact]
    public void Each_helper_is_planned_once_in_order_of_first_use()
    {
        var plan = Create(Wit);

        plan.Helpers.Select(Describe).ShouldBe(
            [
                "flat point",           // move's parameter, then again's (the same helper, once)
                "memory point",         // move's result: three flat values, so returned through memory
                "flat shape",           // again's second parameter; its payload's flat helper is planned already
                "memory list<point>",   // points' result; its element's memory helper is planned already
                "flat list<string>",    // the field of point's flat helper...
                "memory list<string>",  // ...and of its memory helper, which also writes the list's elements
            ]);
    }

    [Fact]
    public void Byte_lists_strings_and_primitives_get_no_helpers_of_their_own()
    {
        var plan = Create(Wit);

        plan.Helpers.ShouldAllBe(h => h.Type.HasHelpers);
        plan.Helpers.ShouldNotContain(h => h.Type is ListMarshal && ((ListMarshal)h.Type).IsBytes);
    }

    [Fact]
    public void The_canonical_ABI_class_declares_exactly_the_planned_helpers_in_plan_order()
    {
        var plan = Create(Wit);
        var result = CSharpGenerator.Generate(WitSource.Resolve(Wit), new CodeGenOptions("w", BindingMode.Guest, null, false));
        result.Diagnostics.ShouldBeEmpty();
        var abi = result.Files.Single(f => f.HintName.EndsWith(".CanonicalAbi.g.cs", StringComparison.Ordinal)).Text;

        var expected = plan.Helpers.SelectMany(h => h.Flat
            ? new[] { AbiHelperNames.Lower(h.Type), AbiHelperNames.Lift(h.Type) }
            : h.Type is ListMarshal or MapMarshal
                ? new[] { AbiHelperNames.Store(h.Type), AbiHelperNames.Load(h.Type), AbiHelperNames.Write(h.Type), AbiHelperNames.Read(h.Type) }
                : new[] { AbiHelperNames.Store(h.Type), AbiHelperNames.Load(h.Type) }).ToList();
        var declared = System.Text.RegularExpressions.Regex.Matches(abi, @"^\s*internal static .* ((?:Store|Load|Lower|Lift|Write|Read)\w+)\(Scope s", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .Where(name => !IsFixedHelper(name))
            .ToList();

        declared.ShouldBe(expected);
    }

    // The runtime part declares the helpers of primitives, strings and byte lists.
    private static bool IsFixedHelper(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, "^(Store|Load|Lower|Lift|Write|Read)(Bool|[SU](8|16|32|64)|F32|F64|Char|String|Bytes)$");

    private static string Describe(GuestHelper helper) => (helper.Flat ? "flat " : "memory ") + helper.Type switch
    {
        ListMarshal list => $"list<{list.Element.Facts.Label}>",
        var type => type.Facts.Label,
    };

    private static GuestMarshalPlan Create(string wit)
    {
        var diagnostics = new DiagnosticBag();
        var context = CodeGenContext.Create(WitSource.Resolve(wit), new CodeGenOptions("w", BindingMode.Guest, null, false), diagnostics);
        diagnostics.Items.ShouldBeEmpty();
        return GuestMarshalPlan.Create(context!, GuestPlan.Create(context!));
    }
}
