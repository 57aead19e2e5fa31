using HostTest.AllTypes.AllTypesWorld;
using HostTest.AllTypes.Faults;

namespace WitBindgen.Host.Tests.Components;

/// <summary>Implements <c>faults</c> by throwing, and the world's own <c>log</c> import by collecting lines.</summary>
internal sealed class FaultsHost : IFaults, IAllTypesImports
{
    /// <summary>The lines the guest logged.</summary>
    public List<string> Lines { get; } = new();

    public uint Fail(string message) => throw new InvalidOperationException(message);

    public void Log(string message) => Lines.Add(message);
}
