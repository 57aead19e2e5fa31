using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Tests.Infrastructure;

namespace WitBindgen.CodeGen.Tests.Context;

public sealed class WorldItemsTests
{
    [Fact]
    public void Sorts_imports_and_exports_by_kind_in_world_order()
    {
        var model = WitSource.Resolve("""
            package a:b;
            interface types { record point { x: u32 } }
            interface first { }
            interface second { }
            world w {
                import types;
                import second;
                import f1: func();
                use types.{point};
                import first;
                type alias = u32;
                import f2: func(p: point);
                export g1: func();
                export first;
                export g2: func() -> alias;
            }
            """);
        var world = model[model.FindWorld("w")!.Value];

        var items = WorldItems.From(world);

        items.ImportedFunctions.Select(f => f.Name).ShouldBe(new[] { "f1", "f2" });
        items.ExportedFunctions.Select(f => f.Name).ShouldBe(new[] { "g1", "g2" });
        items.Functions.Select(f => f.Name).ShouldBe(new[] { "f1", "f2", "g1", "g2" });
        items.ImportedInterfaces.Select(i => model[i].Name).ShouldBe(new[] { "types", "second", "first" });
        items.ExportedInterfaces.Select(i => model[i].Name).ShouldBe(new[] { "first" });
        items.ImportedTypes.Select(t => model[t].Name).ShouldBe(new[] { "point", "alias" });
        items.ExportedTypes.ShouldBeEmpty();
    }
}
