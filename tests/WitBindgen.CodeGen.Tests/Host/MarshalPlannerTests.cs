using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Emit.Host;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.CodeGen.Tests.Host;

/// <summary>
/// <see cref="MarshalPlanner"/>: the host's marshal class members and every call's locals are decided before any file is
/// written; the written marshal class declares exactly the planned methods.
/// </summary>
public sealed class MarshalPlannerTests
{
    private const string Wit = """
        package test:app;
        interface api {
            record bytes { data: list<u8> }
            record point { x: u32, b: bytes }
            variant shape { dot(point), none }
            resource counter { constructor(start: u32); get: func() -> u32; }
            move: func(source: list<point>, items: u32) -> point;
            draw: func(s: shape, c: borrow<counter>);
        }
        interface host { record note { text: string } resource log; write: func(l: borrow<log>, n: note) -> option<note>; }
        world w { import host; export api; }
        """;

    [Fact]
    public void Each_method_is_planned_once_in_declaration_order_and_named_clear_of_the_fixed_members()
    {
        var marshal = Create().Marshal;

        // The calls' requests first (move, draw, then the import callback of write), then those of the methods' bodies,
        // lowering methods first in each round; `bytes` takes a suffix because LowerBytes is the byte-list helper.
        marshal.Methods.Select(m => m.Name).ShouldBe(["LowerPoint", "LowerShape", "LowerNote", "LowerBytes2", "LiftPoint", "LiftNote", "LiftBytes"]);
        marshal.Methods.Select(m => m.Lift).ShouldBe([false, false, false, false, true, true, true]);
        marshal.ResourceFields.Select(f => f.Field).ShouldBe(["LogResourceType"]);
        marshal.UsesResourceHelper.ShouldBeTrue();
    }

    [Fact]
    public void Locals_are_named_clear_of_the_parameters_in_planning()
    {
        var plan = Create();
        var move = plan.Exports.Single().Functions.Single(f => f.Function.Name == "move");

        var call = plan.Marshal.ExportCall(move);

        (call.Args, call.Results, call.Scope, call.Owns).ShouldBe(("args", "results", null, true));
        var list = call.Parameters[0].Code;
        list.Type.ShouldBeOfType<ListMarshal>();
        (list.Local("source"), list.Local("list"), list.Local("items"), list.Local("i")).ShouldBe(("source2", "list", "items2", "i"));
        list.Parts.Single().Helper.ShouldBe(plan.Marshal.Helpers + ".LowerPoint");
        call.Result!.Helper.ShouldBe(plan.Marshal.Helpers + ".LiftPoint");
    }

    [Fact]
    public void Import_callbacks_name_the_lifted_parameters_and_the_result()
    {
        var plan = Create();
        var write = plan.Imports.Single().Functions.Single(f => f.Function.Name == "write");

        var callback = plan.Marshal.ImportCallback(write);

        callback.Parameters.Select(p => p.Local).ShouldBe(["l", "n"]);
        callback.Parameters[0].Code.Helper.ShouldBe(plan.Marshal.ResourceField(callback.Parameters[0].Code.Type.ShouldBeOfType<HandleMarshal>().Resource));
        callback.ResultLocal.ShouldBe("result");
        callback.Result!.Local("option").ShouldBe("option");
    }

    [Fact]
    public void The_marshal_class_declares_exactly_the_planned_methods_in_plan_order()
    {
        var marshal = Create().Marshal;
        var result = CSharpGenerator.Generate(WitSource.Resolve(Wit), new CodeGenOptions("w", BindingMode.Host, null, false));
        result.Diagnostics.ShouldBeEmpty();
        var text = result.Files.Single(f => f.HintName.EndsWith(".Marshal.g.cs", StringComparison.Ordinal)).Text;

        var declared = System.Text.RegularExpressions.Regex.Matches(text, @"internal static \S+ ((?:Lower|Lift)\w+)\((?:in )?\S+ value")
            .Select(m => m.Groups[1].Value)
            .Where(name => name is not ("LowerString" or "LowerBytes" or "LowerResource"))
            .ToList();

        declared.ShouldBe(marshal.Methods.Select(m => m.Name).ToList());
    }

    private static HostPlan Create()
    {
        var diagnostics = new DiagnosticBag();
        var context = CodeGenContext.Create(WitSource.Resolve(Wit), new CodeGenOptions("w", BindingMode.Host, null, false), diagnostics);
        diagnostics.Items.ShouldBeEmpty();
        return HostPlan.Create(context!);
    }
}
