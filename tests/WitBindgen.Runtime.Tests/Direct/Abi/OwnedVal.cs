namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>Owns a <see cref="ComponentVal"/> for a <c>using</c> block and releases it at the end.</summary>
internal sealed class OwnedVal(ComponentVal value) : IDisposable
{
    private ComponentVal _value = value;

    public ComponentVal Value => _value;

    public void Dispose() => _value.Dispose();
}
