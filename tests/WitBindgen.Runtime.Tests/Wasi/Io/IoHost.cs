using WitBindgen.Runtime.Wasi.Bindings.HostWorld;
using WitBindgen.Runtime.Wasi.Io;

namespace WitBindgen.Runtime.Tests.Wasi.Io;

/// <summary>
/// An instance of <see cref="IoComponents"/> on the direct backend, whose <c>test:io/host</c> hands out: an input
/// stream over "hello", output streams into <see cref="Output"/>, output streams that fail, and pollables never
/// ready, always ready, or ready once <see cref="Release"/> runs.
/// </summary>
internal sealed class IoHost : IDisposable
{
    private readonly TaskCompletionSource _later = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly WasmEngine _engine;
    private readonly WasmComponent _component;
    private readonly ComponentLinker _linker;
    private readonly ComponentStore _store;

    public IoHost(string version = "0.2.12", string? wat = null)
    {
        _engine = new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Direct, CacheCompiledComponents = false });
        _component = WasmComponent.FromWat(_engine, wat ?? IoComponents.At(version));
        _linker = new ComponentLinker(_engine);
        _linker.AddWasiPreview2();
        Define("input", () => HostMarshal.InputStreamResourceType.Lower(new WasiBytesInputStream("hello"u8.ToArray()), true, "test"));
        Define("output", () => HostMarshal.OutputStreamResourceType.Lower(new WasiSinkOutputStream(Output), true, "test"));
        Define("failing", () => HostMarshal.OutputStreamResourceType.Lower(new FailingStream(), true, "test"));
        Define("never", () => HostMarshal.PollableResourceType.Lower(new WasiTaskPollable(new TaskCompletionSource().Task), true, "test"));
        Define("ready", () => HostMarshal.PollableResourceType.Lower(new WasiReadyPollable(), true, "test"));
        Define("later", () => HostMarshal.PollableResourceType.Lower(new WasiTaskPollable(_later.Task), true, "test"));
        _store = new ComponentStore(_engine);
        Instance = _linker.Instantiate(_store, _component);
    }

    /// <summary>The host text a failing stream's exception carries, which the guest must never see.</summary>
    public const string HostDetail = "/home/someone/secret/output.log";

    public ComponentInstance Instance { get; }

    /// <summary>What the guest wrote to its output streams.</summary>
    public WasiOutputBuffer Output { get; } = new();

    /// <summary>Set just before the "later" pollables become ready.</summary>
    public bool Released { get; private set; }

    /// <summary>Makes the "later" pollables ready from another thread, after <paramref name="delay"/>.</summary>
    public Thread Release(TimeSpan delay)
    {
        var thread = new Thread(() =>
        {
            Thread.Sleep(delay);
            Released = true;
            _later.SetResult();
        });
        thread.Start();
        return thread;
    }

    /// <summary>Calls the export <paramref name="name"/> and formats its one result.</summary>
    public string Call(string name, params ComponentVal[] args)
    {
        var results = new ComponentVal[1];
        try
        {
            Instance.GetFunction(null, name).Call(args, results);
            return results[0].ToString();
        }
        finally
        {
            ComponentVal.Free(results);
        }
    }

    /// <summary>Calls the export <paramref name="name"/>, which returns nothing.</summary>
    public void Run(string name) => Instance.GetFunction(null, name).Call([], []);

    public void Dispose()
    {
        _store.Dispose();
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
    }

    private void Define(string name, Func<ComponentVal> make) =>
        _linker.DefineFunction("test:io/host", name, (_, results) => results[0] = make());

    private sealed class FailingStream() : WasiOutputStream(WasiSinkOutputStream.CapturedBudget)
    {
        protected override void WriteCore(ReadOnlySpan<byte> bytes) => throw new IOException($"cannot write {HostDetail}");
    }
}
