using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Canonical;
using WitBindgen.Runtime.Tests.Direct;

namespace WitBindgen.Runtime.Tests.Canonical;

/// <summary>
/// A call through the Canonical ABI surface runs under the store's limits as a call through the untyped API does: the
/// call timeout and cancellation token cover the whole call (realloc, the core call and post-return), and an already
/// canceled token refuses it before the guest runs, leaving the store usable.
/// </summary>
public sealed class CanonicalExportLimitTests
{
    private const string Component = """
        (component
          (core module $m
            (func (export "spin") (loop $l (br $l)))
            (func (export "answer") (result i32) (i32.const 42)))
          (core instance $i (instantiate $m))
          (func (export "spin") (canon lift (core func $i "spin")))
          (func (export "answer") (result u32) (canon lift (core func $i "answer"))))
        """;

    [Fact]
    public void An_already_canceled_token_refuses_the_call_before_the_guest_runs()
    {
        using var engine = CoreModules.Engine(epochs: true);
        using var store = new ComponentStore(engine);
        var answer = Export(engine, store, "answer", "() -> u32");
        store.CallCancellation = new CancellationToken(canceled: true);

        Should.Throw<WitCallCanceledException>(() => Call(answer)).FunctionName.ShouldBe("answer");

        store.IsPoisoned.ShouldBeFalse();
        store.CallCancellation = default;
        Call(answer).ShouldBe(42UL);
    }

    [Fact]
    public void The_call_timeout_interrupts_the_guest_and_poisons_the_store()
    {
        using var engine = CoreModules.Engine(epochs: true);
        using var store = new ComponentStore(engine);
        var spin = Export(engine, store, "spin", "()");
        store.CallTimeout = TimeSpan.FromMilliseconds(50);

        Should.Throw<WitTimeoutException>(() => Call(spin)).FunctionName.ShouldBe("spin");

        store.IsPoisoned.ShouldBeTrue();
    }

    private static CanonicalExport Export(WasmEngine engine, ComponentStore store, string name, string signature) =>
        CanonicalExport.For(DirectInstanceTests.Instantiate(engine, Component, new DirectHostFunctions(), store).GetExport(null, name), signature)!;

    private static ulong? Call(CanonicalExport export)
    {
        export.Enter();
        try
        {
            export.Invoke([]);
            ulong? result = export.Results.Length == 0 ? null : export.Results[0];
            export.Return();
            return result;
        }
        finally
        {
            export.Leave();
        }
    }
}
