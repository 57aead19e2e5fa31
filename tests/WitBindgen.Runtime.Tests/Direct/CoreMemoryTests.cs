using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

public sealed unsafe class CoreMemoryTests
{
    [Fact]
    public void The_host_and_the_guest_see_each_others_writes()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Memory, out var store);
        using var _ = store;
        var memory = instance.GetMemory("memory")!;
        Span<ValRaw> slots = stackalloc ValRaw[2];

        "hello"u8.CopyTo(memory.GetSpan(100, 5));
        slots[0] = ValRaw.FromI32(101);
        instance.Function("load").Call(slots);
        slots[0].I32.ShouldBe('e');

        slots[0] = ValRaw.FromI32(65535);
        slots[1] = ValRaw.FromI32(0xAB);
        instance.Function("store").Call(slots);
        memory.GetSpan(65535, 1)[0].ShouldBe((byte)0xAB);
        memory.Data[65535].ShouldBe((byte)0xAB);
    }

    [Fact]
    public void Size_and_contents_are_read_again_after_the_guest_grows_the_memory()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Memory, out var store);
        using var _ = store;
        var memory = instance.GetMemory("memory")!;
        memory.GetSpan(10, 3).Fill(7);
        (memory.Pages, memory.ByteLength).ShouldBe((1UL, 65536UL));
        Should.Throw<ArgumentOutOfRangeException>(() => memory.GetSpan(65536, 1));

        instance.Function("grow").Call([ValRaw.FromI32(3)]);

        (memory.Pages, memory.ByteLength).ShouldBe((4UL, 4 * 65536UL));
        memory.GetSpan(10, 3).ToArray().ShouldBe(new byte[] { 7, 7, 7 });
        memory.GetSpan(4 * 65536 - 1, 1)[0] = 9;
        Span<ValRaw> slots = [ValRaw.FromI32(4 * 65536 - 1)];
        instance.Function("load").Call(slots);
        slots[0].I32.ShouldBe(9);
        memory.Grow(1).ShouldBe(4UL);
        memory.Pages.ShouldBe(5UL);
    }

    [Theory]
    [InlineData(65536UL, 1)]
    [InlineData(65530UL, 7)]
    [InlineData(ulong.MaxValue, 1)]
    [InlineData(0UL, 65537)]
    public void A_range_outside_the_memory_is_refused_with_its_bounds(ulong offset, int length)
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Memory, out var store);
        using var _ = store;

        var error = Should.Throw<ArgumentOutOfRangeException>(() => instance.GetMemory("memory")!.GetSpan(offset, length));

        error.Message.ShouldContain($"[{offset}, {offset} + {length})");
        error.Message.ShouldContain("'memory' of 65536 bytes");
    }

    [Fact]
    public void Growing_past_the_memorys_maximum_is_refused()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Memory, out var store);
        using var _ = store;

        Should.Throw<WitMemoryLimitException>(() => instance.GetMemory("memory")!.Grow(10));
    }
}
