using WitBindgen.Wit;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.CodeGen.Tests.Scaling;

/// <summary>
/// Resolving and generating a world of many interfaces costs the same per interface whatever their number. The
/// measure is the bytes allocated on the test's thread, which, unlike time, does not depend on the machine's load:
/// a step that walks the whole world once per interface (or per file) allocates in proportion to the square.
/// </summary>
public sealed class GenerationScalingTests
{
    private const int Small = 200;
    private const int Large = 800;

    [Theory]
    [InlineData(BindingMode.Host)]
    [InlineData(BindingMode.Guest)]
    public void Bytes_allocated_per_interface_do_not_grow_with_the_number_of_interfaces(BindingMode mode)
    {
        AllocatedBytes(Small / 4, mode); // first use: JIT and static initialization
        var small = AllocatedBytes(Small, mode) / Small;
        var large = AllocatedBytes(Large, mode) / Large;

        large.ShouldBeLessThan(small * 1.25, $"{small:F0} bytes per interface for {Small} interfaces, {large:F0} for {Large}");
    }

    private static double AllocatedBytes(int count, BindingMode mode)
    {
        var text = ManyInterfacesWit.Write(count);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var resolved = WitResolver.Resolve(new WitInput(
            EquatableArray.Create(new SourceFile("many.wit", text)), EquatableArray<DependencyGroup>.Empty, EquatableArray<string>.Empty));
        var result = CSharpGenerator.Generate(resolved.Model!, new CodeGenOptions(ManyInterfacesWit.World, mode, null, false));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        resolved.HasErrors.ShouldBeFalse(string.Join("\n", resolved.Diagnostics));
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        result.Files.Count.ShouldBeGreaterThan(count);
        return allocated;
    }
}
