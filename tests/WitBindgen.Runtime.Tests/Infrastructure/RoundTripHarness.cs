namespace WitBindgen.Runtime.Tests.Infrastructure;

/// <summary>
/// A live <see cref="RoundTripComponent"/> instance whose host import calls <see cref="Host"/> (by default: echo a
/// clone of the argument).
/// </summary>
internal sealed class RoundTripHarness : IDisposable
{
    private readonly WasmEngine _engine;
    private readonly WasmComponent _component;
    private readonly ComponentLinker _linker;

    public RoundTripHarness(string type, params string[] flatParams)
        : this(new WasmEngineOptions(), type, flatParams)
    {
    }

    public RoundTripHarness(WasmEngineOptions options, string type, params string[] flatParams)
    {
        _engine = new WasmEngine(options);
        _component = WasmComponent.FromWat(_engine, RoundTripComponent.Wat(type, flatParams));
        _linker = new ComponentLinker(_engine);
        _linker.DefineFunction(RoundTripComponent.HostInterface, RoundTripComponent.HostFunction, (args, results) =>
        {
            HostCalls++;
            LastHostArgument = args[0].ToString();
            Host(args, results);
        });
        Store = new ComponentStore(_engine);
        RoundTrip = _linker.Instantiate(Store, _component).GetFunction(RoundTripComponent.ExportInterface, RoundTripComponent.ExportFunction);
    }

    /// <summary>The host implementation of the import; replace it to test host-side behaviour.</summary>
    public ComponentHostFunction Host { get; set; } = static (args, results) => results[0] = args[0].Clone();

    public ComponentStore Store { get; }

    public ComponentFunction RoundTrip { get; }

    public int HostCalls { get; private set; }

    public string? LastHostArgument { get; private set; }

    /// <summary>Calls the export with <paramref name="argument"/> (released afterwards) and returns the owned result.</summary>
    public ComponentVal Call(ComponentVal argument)
    {
        Span<ComponentVal> args = [argument];
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        try
        {
            RoundTrip.Call(args, results);
            return results[0];
        }
        finally
        {
            ComponentVal.Free(args);
        }
    }

    public void Dispose()
    {
        Store.Dispose();
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
    }
}
