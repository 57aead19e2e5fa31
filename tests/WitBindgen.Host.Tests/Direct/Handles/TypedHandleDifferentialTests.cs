using Test.TypedHandles.TypedHandlesWorld;
using WitBindgen.Runtime;
using Xunit.Abstractions;

namespace WitBindgen.Host.Tests.Direct.Handles;

/// <summary>
/// The generated bindings of tests/components/typed-handles on both backends, the Wasmtime backend as the oracle: the
/// guest passes handles of the host's resources through every kind of generated import (constructors, methods, own
/// and borrow bare, in a record, a list of borrows, a list, an option, a result and a variant of owns), and both
/// backends return the same checksums, make the same host calls with the same objects, and dispose the same objects
/// exactly once (at the guest's drop, or when the store ends); on the direct backend every call takes the typed path.
/// </summary>
public sealed class TypedHandleDifferentialTests(ITestOutputHelper output)
{
    private static readonly uint[] Seeds = [0, 1, 2, 3, 4, 5, 6, 7, 10, 999, 1000, 1001, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF];

    [Fact]
    public void Handles_of_host_resources_cross_generated_imports_on_the_direct_backend_as_on_the_wasmtime_backend()
    {
        var (oracle, oracleHost) = Run(Engines.Wasmtime);
        var (direct, directHost) = Run(Engines.Direct);

        direct.ShouldBe(oracle, "the checksums of run(seed)");
        directHost.Calls.ShouldBe(oracleHost.Calls, "the host calls on both backends");
        directHost.Disposals.ShouldBe(oracleHost.Disposals, "how many times each object was disposed");
        directHost.Counters.Count.ShouldBe(oracleHost.Counters.Count);
        directHost.TypedCalls.ShouldBe(directHost.Calls.Count, "every import call on the direct backend goes through the Canonical ABI");
        oracleHost.TypedCalls.ShouldBe(0);

        // Every object the guest still held was disposed with the store; the ones it gave back were not.
        directHost.Counters.Where(c => c.Disposals != 1).Count().ShouldBe(2 * Seeds.Length, "consume and pair give two counters back per run");
        directHost.Tokens.ShouldAllBe(t => t.Disposals == 1);
        output.WriteLine($"{directHost.Calls.Count} import calls passing handles agree with the Wasmtime backend, each on the typed path.");
    }

    [Fact]
    public void A_handle_the_guest_still_holds_is_disposed_when_the_store_ends_on_the_typed_path()
    {
        using var component = WasmComponent.FromWat(Engines.Direct, Wat());
        var host = new HandleHost();
        var bindings = TypedHandles.Instantiate(Engines.Direct, component, host);
        bindings.GetMany(3).ShouldBe(7u);
        host.Counters.ShouldHaveSingleItem().Disposals.ShouldBe(1, "the guest dropped it");
        host.TypedCalls.ShouldBe(host.Calls.Count);
        bindings.Run(4);
        var held = host.Counters.Count(c => c.Disposals == 0);
        bindings.Dispose();
        host.Counters.Count(c => c.Disposals == 0).ShouldBe(2, "only the counters consume and pair took back are left undisposed");
        held.ShouldBe(2);
    }

    [Fact]
    public void Objects_lowered_for_a_result_that_then_fails_go_back_to_the_host_undisposed_on_both_backends()
    {
        foreach (var engine in new[] { Engines.Wasmtime, Engines.Direct })
        {
            var backend = engine.Options.Backend.ToString();
            using var component = WasmComponent.FromWat(engine, Wat());
            var host = new HandleHost { MakesNull = true };
            using (var bindings = TypedHandles.Instantiate(engine, component, host))
            {
                // run(2) calls make(2), whose result holds two counters and then a null.
                Should.Throw<WitRuntimeException>(() => bindings.Run(2), backend).ToString().ShouldContain("null", Case.Insensitive, backend);
                bindings.Store.IsPoisoned.ShouldBeTrue(backend);
            }

            var made = host.Counters.Where(c => c.Value >= 100).ToList();
            made.Count.ShouldBe(2, backend);
            made.ShouldAllBe(c => c.Disposals == 0, backend);
            host.Counters.Except(made).ShouldAllBe(c => c.Disposals == 1, backend);
            if (engine == Engines.Direct)
            {
                host.TypedCalls.ShouldBe(host.Calls.Count);
            }
        }
    }

    internal static string Wat() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "typed-handles", "typed-handles.wat"));

    private static (List<uint> Results, HandleHost Host) Run(WasmEngine engine)
    {
        using var component = WasmComponent.FromWat(engine, Wat());
        var host = new HandleHost();
        var results = new List<uint>();
        using (var bindings = TypedHandles.Instantiate(engine, component, host))
        {
            bindings.Instance.Backend.ShouldBe(engine.Options.Backend);
            foreach (var seed in Seeds)
            {
                results.Add(bindings.Run(seed));
            }

            results.Add(bindings.AddBytes(8));
            bindings.Store.IsPoisoned.ShouldBeFalse();
        }

        return (results, host);
    }
}
