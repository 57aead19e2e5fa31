#if WIT_CONFORMANCE
using Test.ManyArguments.ManyArgumentsWorld;
using WitBindgen.Host.Tests.Infrastructure;

namespace WitBindgen.Host.Tests.Conformance;

/// <summary>The many-arguments component: 16 parameters, more than the flat limit, so they spill to memory.</summary>
public sealed class ManyArgumentsTests
{
    [ConformanceFact]
    public void Sixteen_arguments_reach_the_guest_and_come_back_through_the_import_in_order()
    {
        var host = new ManyArgumentsHost();
        using var world = ManyArguments.Instantiate(TestComponents.Engine, TestComponents.Conformance("many-arguments"), host);

        // The method is ManyArguments2: a member cannot share the name of its class (ManyArguments).
        world.ManyArguments2(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);

        host.Arguments.ShouldBe([1UL, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    }

    private sealed class ManyArgumentsHost : Test.ManyArguments.ManyArgumentsWorld.Imports.IImports
    {
        public ulong[] Arguments { get; private set; } = [];

        public void ManyArguments(
            ulong a1, ulong a2, ulong a3, ulong a4, ulong a5, ulong a6, ulong a7, ulong a8,
            ulong a9, ulong a10, ulong a11, ulong a12, ulong a13, ulong a14, ulong a15, ulong a16) =>
            Arguments = [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16];
    }
}
#endif
