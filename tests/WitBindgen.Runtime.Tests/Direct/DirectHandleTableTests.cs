using WitBindgen.Runtime.Backends.Direct.Resources;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>The direct backend's per-instance handle table (CanonicalABI.md's <c>Table</c>).</summary>
public sealed class DirectHandleTableTests
{
    [Fact]
    public void Handles_start_at_1_and_freed_indices_are_reused()
    {
        var table = new DirectHandleTable();

        var first = table.Add(new DirectHandle { Resource = 0, Rep = 10, Own = true }, "resource.new");
        var second = table.Add(new DirectHandle { Resource = 0, Rep = 20, Own = true }, "resource.new");
        table.Remove(first, "resource.drop").Rep.ShouldBe(10u);
        var third = table.Add(new DirectHandle { Resource = 1, Rep = 30 }, "resource.new");

        (first, second, third).ShouldBe((1u, 2u, 1u));
        table.Get(third, "resource.rep").Rep.ShouldBe(30u);
        table.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(2u)]
    [InlineData(99u)]
    public void An_index_with_no_live_handle_fails_naming_the_built_in_and_the_index(uint index)
    {
        var table = new DirectHandleTable();
        table.Remove(table.Add(new DirectHandle { Resource = 0, Rep = 1, Own = true }, "resource.new"), "resource.drop");
        table.Add(new DirectHandle { Resource = 0, Rep = 1, Own = true }, "resource.new");

        var error = Should.Throw<WitRuntimeException>(() => table.Get(index, "resource.rep"));

        error.Message.ShouldBe($"resource.rep: unknown handle index {index} (no live resource handle of the instance has it).");
        error.FunctionName.ShouldBe("resource.rep");
    }

    [Fact]
    public void A_full_table_refuses_another_handle_and_takes_one_again_once_a_handle_is_freed()
    {
        var table = new DirectHandleTable(maxLength: 3);
        for (var i = 0; i < 3; i++)
        {
            table.Add(new DirectHandle { Resource = 0, Rep = (uint)i, Own = true }, "resource.new");
        }

        Should.Throw<WitRuntimeException>(() => table.Add(new DirectHandle { Resource = 0, Own = true }, "resource.new"))
            .Message.ShouldBe("resource.new: the instance's handle table is full (3 live handles).");
        table.Remove(2, "resource.drop");
        table.Add(new DirectHandle { Resource = 0, Rep = 7, Own = true }, "resource.new").ShouldBe(2u);
    }

    [Fact]
    public void The_default_limit_is_the_specs()
    {
        DirectHandleTable.MaxLength.ShouldBe((1u << 28) - 1);
    }
}
