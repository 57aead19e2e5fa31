using WitBindgen.Testing;

namespace WitBindgen.CodeGen.Tests.Emit;

/// <summary><see cref="CodeGenResult.Exports"/>: the names the source generator matches implementing classes against.</summary>
public sealed class GuestExportListTests
{
    private const string Wit = """
        package a:b@1.0.0;
        interface calc { add: func(a: s32, b: s32) -> s32; }
        interface calc-exports { f: func(); }
        interface logger { log: func(m: string); }
        world w {
            import logger;
            export calc;
            export calc-exports;
            export run: func();
        }
        """;

    [Fact]
    public void Guest_mode_lists_each_exported_interface_and_the_world_with_the_names_generated_for_them()
    {
        var result = CSharpGenerator.Generate(WitSource.Resolve(Wit), new CodeGenOptions(null, BindingMode.Guest, null, false));

        result.Diagnostics.ShouldBeEmpty();
        result.Exports.Select(e => (e.WitName, e.Namespace, e.InterfaceName, e.ExportsClassName)).ShouldBe(
            [
                ("a:b/calc@1.0.0", "A.B.Calc", "ICalc", "CalcExports"),
                ("a:b/calc-exports@1.0.0", "A.B.CalcExports", "ICalcExports", "CalcExportsExports"),
                ("w", "A.B.WWorld", "IWWorld", "WWorldExports"),
            ],
            ignoreOrder: true);
        result.Exports.ShouldAllBe(e => e.WorldLocation != null && e.WorldLocation.Value.Line == 5);
        foreach (var e in result.Exports)
        {
            result.Files.ShouldContain(f => f.Text.Contains($"interface {e.InterfaceName}") && f.Text.Contains($"static partial class {e.ExportsClassName}"));
        }
    }

    [Fact]
    public void Host_mode_lists_no_exports()
    {
        var result = CSharpGenerator.Generate(WitSource.Resolve(Wit), new CodeGenOptions(null, BindingMode.Host, null, false));

        result.Exports.ShouldBeEmpty();
    }
}
