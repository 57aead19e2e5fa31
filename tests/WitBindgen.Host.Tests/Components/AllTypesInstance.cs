using HostTest.AllTypes.AllTypesWorld;
using WitBindgen.Host.Tests.Infrastructure;

namespace WitBindgen.Host.Tests.Components;

/// <summary>A fresh instance of the all-types component with recording import implementations.</summary>
internal sealed class AllTypesInstance : IDisposable
{
    public AllTypesInstance()
    {
        World = AllTypes.Instantiate(TestComponents.Engine, TestComponents.Own("all-types"), Faults, Values, Faults);
    }

    public RecordingValuesHost Values { get; } = new();

    public FaultsHost Faults { get; } = new();

    public AllTypes World { get; }

    public void Dispose() => World.Dispose();
}
