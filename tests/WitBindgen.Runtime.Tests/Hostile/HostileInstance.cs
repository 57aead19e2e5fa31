using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>
/// A hostile component instantiated on one <see cref="HostileBackend"/>, called through that backend's untyped API:
/// <see cref="ComponentFunction.Call"/> on the Wasmtime backend, <see cref="DirectExport.Call(ReadOnlySpan{ComponentVal}, Span{ComponentVal})"/>
/// on the direct backend.
/// </summary>
public sealed class HostileInstance
{
    private readonly ComponentInstance? _wasmtime;
    private readonly DirectInstance? _direct;

    internal HostileInstance(ComponentInstance instance) => _wasmtime = instance;

    internal HostileInstance(DirectInstance instance) => _direct = instance;

    /// <summary>Calls the top-level export <paramref name="function"/>.</summary>
    public void Call(string function, ReadOnlySpan<ComponentVal> args, Span<ComponentVal> results)
    {
        if (_wasmtime is not null)
        {
            _wasmtime.GetFunction(null, function).Call(args, results);
        }
        else
        {
            _direct!.GetExport(null, function).Call(args, results);
        }
    }
}
