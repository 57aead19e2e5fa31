using System.Runtime.CompilerServices;
using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>The mirrored C structs keep Wasmtime 50's sizes (a wrong size corrupts memory in native calls).</summary>
public sealed class CoreLayoutTests
{
    [Fact]
    public void Core_items_have_the_sizes_of_the_c_api()
    {
        Unsafe.SizeOf<ValRaw>().ShouldBe(16);
        Unsafe.SizeOf<CoreFuncItem>().ShouldBe(16);
        Unsafe.SizeOf<CoreMemoryItem>().ShouldBe(24);
        Unsafe.SizeOf<CoreTableItem>().ShouldBe(24);
        Unsafe.SizeOf<CoreGlobalItem>().ShouldBe(24);
        Unsafe.SizeOf<CoreInstanceItem>().ShouldBe(16);
        Unsafe.SizeOf<CoreExtern>().ShouldBe(32);
        Unsafe.SizeOf<CoreVal>().ShouldBe(32);
    }
}
