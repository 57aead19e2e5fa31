#if WIT_CONFORMANCE
using Test.Smoke.SmokeWorld;
using WitBindgen.Host.Tests.Infrastructure;

namespace WitBindgen.Host.Tests.Conformance;

/// <summary>The smoke component: one import, one export.</summary>
public sealed class SmokeTests
{
    [ConformanceFact]
    public void Exported_thunk_calls_the_imported_thunk()
    {
        var host = new SmokeHost();
        using var smoke = Smoke.Instantiate(TestComponents.Engine, TestComponents.Conformance("smoke"), host);

        smoke.Thunk();

        host.Hit.ShouldBeTrue();
    }

    private sealed class SmokeHost : Test.Smoke.Imports.IImports
    {
        public bool Hit { get; private set; }

        public void Thunk() => Hit = true;
    }
}
#endif
