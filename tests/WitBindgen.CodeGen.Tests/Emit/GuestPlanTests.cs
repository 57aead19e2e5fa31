using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Emit.Guest;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.CodeGen.Tests.Emit;

/// <summary>
/// <see cref="GuestPlan"/>: the guest bindings' public names are decided before any file is written, clashes with
/// WIT-derived names included, and the written files declare exactly the planned names.
/// </summary>
public sealed class GuestPlanTests
{
    private const string Wit = """
        package test:app;
        interface api {
            record i-api { x: u32 }
            record api-exports { y: u32 }
            resource conn { dispose: func(); handle: func() -> u32; }
            name: func() -> string;
        }
        interface host { record host-imports { z: u32 } ping: func(); }
        world w {
            record canonical-abi { a: u32 }
            import host;
            export api;
        }
        """;

    [Fact]
    public void Names_that_clash_with_WIT_types_and_class_members_are_settled_in_the_plan()
    {
        var plan = GuestPlan.Create(CreateContext());

        plan.AbiClassName.ShouldBe("CanonicalAbi2");
        var imports = plan.Files.OfType<GuestImportsPlan>().Single();
        imports.ClassName.ShouldBe("HostImports2");
        imports.Module.ShouldBe("test:app/host");
        var exports = plan.Files.OfType<GuestExportsPlan>().Single();
        (exports.InterfaceName, exports.ClassName).ShouldBe(("IApi2", "ApiExports2"));
        exports.Entries.Select(e => (e.Item.MethodName, e.EntryPoint, e.PostField, e.PostReturn)).ShouldBe(
            [
                ("Dispose2", "ConnDispose2Export", null, null),
                ("Handle2", "ConnHandle2Export", null, null),
                ("Name", "NameExport", "s_postName", "NamePostReturn"),
            ]);
        var conn = plan.Files.OfType<GuestResourcesPlan>().Single().Resources.Single();
        conn.IsExported.ShouldBeTrue();
        conn.Functions.Select(f => f.MethodName).ShouldBe(["Dispose2", "Handle2"]);
    }

    [Fact]
    public void The_written_files_declare_the_planned_names()
    {
        var plan = GuestPlan.Create(CreateContext());
        var result = CSharpGenerator.Generate(WitSource.Resolve(Wit), new CodeGenOptions("w", BindingMode.Guest, null, false));
        result.Diagnostics.ShouldBeEmpty();
        var text = string.Join("\n", result.Files.Select(f => f.Text));

        text.ShouldContain($"static unsafe partial class {plan.AbiClassName}");
        var imports = plan.Files.OfType<GuestImportsPlan>().Single();
        text.ShouldContain($"static partial class {imports.ClassName}");
        var exports = plan.Files.OfType<GuestExportsPlan>().Single();
        text.ShouldContain($"interface {exports.InterfaceName}");
        text.ShouldContain($"static partial class {exports.ClassName}");
        foreach (var entry in exports.Entries)
        {
            text.ShouldContain($" {entry.EntryPoint}(");
        }

        foreach (var method in plan.Files.OfType<GuestResourcesPlan>().Single().Resources.Single().Functions)
        {
            text.ShouldContain($" {method.MethodName}(");
        }
    }

    private static CodeGenContext CreateContext()
    {
        var diagnostics = new DiagnosticBag();
        var context = CodeGenContext.Create(WitSource.Resolve(Wit), new CodeGenOptions("w", BindingMode.Guest, null, false), diagnostics);
        diagnostics.Items.ShouldBeEmpty();
        return context!;
    }
}
