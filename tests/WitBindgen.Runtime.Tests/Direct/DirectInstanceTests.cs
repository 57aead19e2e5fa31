using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Tests.Loading;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// Components run on the direct backend: exports give what the Wasmtime backend gives, lowered imports reach the host
/// through trampolines, and the instance flags (may_enter, may_leave), post-return and poisoning follow the component model.
/// </summary>
public sealed class DirectInstanceTests
{
    private const string FlagsApi = "test:flags/api";

    [Fact]
    public void Add_gives_what_the_wasmtime_backend_gives()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var add = Instantiate(engine, LoaderComponents.Add, new DirectHostFunctions(), store).GetExport(LoaderComponents.Api, "add");
        using var component = WasmComponent.FromWat(engine, LoaderComponents.Add);
        using var linker = new ComponentLinker(engine);
        using var wasmtimeStore = new ComponentStore(engine);
        var oracle = linker.Instantiate(wasmtimeStore, component).GetFunction(LoaderComponents.Api, "add");

        foreach (var (a, b) in new[] { (2, 3), (-7, 4), (int.MaxValue, 1), (int.MinValue, -1) })
        {
            Span<ValRaw> slots = [ValRaw.FromI32(a), ValRaw.FromI32(b)];
            add.Call(slots);
            var expected = new ComponentVal[1];
            oracle.Call([ComponentVal.S32(a), ComponentVal.S32(b)], expected);
            slots[0].I32.ShouldBe(expected[0].GetS32(), $"add({a}, {b})");
        }

        add.Path.ShouldBe(LoaderComponents.Api + "#add");
        add.Type.Parameters.Count.ShouldBe(2);
    }

    [Fact]
    public void An_export_calls_a_host_import_through_the_shim_table_as_on_the_wasmtime_backend_and_the_context_names_it()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var hosts = new DirectHostFunctions();
        var seen = new List<DirectCallContext>();
        hosts.Define(LoaderComponents.Host + "#bias", (context, slots) =>
        {
            seen.Add(context);
            slots[0] = ValRaw.FromI32(100);
        });
        var instance = Instantiate(engine, LoaderComponents.ShimAndFixup, hosts, store);
        Span<ValRaw> slots = [ValRaw.FromI32(1), ValRaw.FromI32(2)];

        instance.GetExport(LoaderComponents.Api, "add").Call(slots);

        slots[0].I32.ShouldBe(103);
        using var component = WasmComponent.FromWat(engine, LoaderComponents.ShimAndFixup);
        using var linker = new ComponentLinker(engine);
        linker.DefineFunction(LoaderComponents.Host, "bias", (_, results) => results[0] = ComponentVal.S32(100));
        using var wasmtimeStore = new ComponentStore(engine);
        var expected = new ComponentVal[1];
        linker.Instantiate(wasmtimeStore, component).GetFunction(LoaderComponents.Api, "add").Call([ComponentVal.S32(1), ComponentVal.S32(2)], expected);
        slots[0].I32.ShouldBe(expected[0].GetS32());
        var context = seen.ShouldHaveSingleItem();
        context.FunctionPath.ShouldBe(LoaderComponents.Host + "#bias");
        context.Instance.ShouldBeSameAs(instance);
        context.Options.Memory.ShouldBeNull();
    }

    [Fact]
    public void Instances_of_one_link_share_the_layouts_of_an_export_and_each_calls_its_own()
    {
        using var engine = CoreModules.Engine();
        using var first = new ComponentStore(engine);
        using var second = new ComponentStore(engine);
        var pre = new DirectInstancePre(DirectComponent.FromWat(engine, LoaderComponents.Add), new DirectHostFunctions());
        var exports = new[] { first, second }.Select(store => pre.Instantiate(store).GetExport(LoaderComponents.Api, "add")).ToArray();

        for (var i = 0; i < exports.Length; i++)
        {
            Span<ValRaw> slots = [ValRaw.FromI32(i), ValRaw.FromI32(40)];
            exports[i].Call(slots);
            slots[0].I32.ShouldBe(40 + i);
        }

        exports[1].Instance.ShouldNotBeSameAs(exports[0].Instance);
        exports[1].Abi.ShouldBeSameAs(exports[0].Abi);
    }

    [Fact]
    public void A_component_sharing_an_env_memory_gives_what_the_wasmtime_backend_gives()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var roundtrip = Instantiate(engine, LoaderComponents.SharedEverything, new DirectHostFunctions(), store).GetExport(null, "roundtrip");
        using var component = WasmComponent.FromWat(engine, LoaderComponents.SharedEverything);
        using var linker = new ComponentLinker(engine);
        using var wasmtimeStore = new ComponentStore(engine);
        var expected = new ComponentVal[1];
        linker.Instantiate(wasmtimeStore, component).GetFunction(null, "roundtrip").Call([ComponentVal.S32(42)], expected);
        Span<ValRaw> slots = [ValRaw.FromI32(42)];

        roundtrip.Call(slots);

        slots[0].I32.ShouldBe(expected[0].GetS32());
    }

    [Fact]
    public void Post_return_runs_once_per_call_with_the_flat_results_after_they_were_read()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var run = Instantiate(engine, DirectComponents.Flags, PingHost(out _), store).GetExport(FlagsApi, "run");
        var countsSeenByLift = new List<int>();

        for (var i = 1; i <= 3; i++)
        {
            Span<ValRaw> slots = [ValRaw.FromI32(40 + i)];
            var lifted = run.Call(slots, (export, flat) =>
            {
                countsSeenByLift.Add(PostReturnCount(export));
                return flat[0].I32;
            });
            lifted.ShouldBe(40 + i);
        }

        countsSeenByLift.ShouldBe([0, 1, 2]);
        PostReturnCount(run).ShouldBe(3);
    }

    [Fact]
    public void A_failed_lift_skips_post_return_and_poisons_the_store()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var run = Instantiate(engine, DirectComponents.Flags, PingHost(out _), store).GetExport(FlagsApi, "run");
        var invalid = new WitRuntimeException("the result is not a valid value");

        Should.Throw<WitRuntimeException>(() => run.Call<int>([ValRaw.FromI32(5)], (_, _) => throw invalid)).ShouldBeSameAs(invalid);

        PostReturnCount(run).ShouldBe(0);
        store.PoisonedBy.ShouldBeSameAs(invalid);
        Should.Throw<WitInstancePoisonedException>(() => run.Call([ValRaw.FromI32(5)])).FunctionName.ShouldBe(FlagsApi + "#run");
    }

    [Fact]
    public void An_import_called_from_post_return_traps_without_reaching_the_host()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var run = Instantiate(engine, DirectComponents.Flags, PingHost(out var pings), store).GetExport(FlagsApi, "run");

        var error = Should.Throw<WitTrapException>(() => run.Call([ValRaw.FromI32(13)]));

        error.Message.ShouldContain("may_leave");
        error.FunctionName.ShouldBe(DirectComponents.Ping);
        pings.Count.ShouldBe(0);
        store.PoisonedBy.ShouldBeSameAs(error);
    }

    [Fact]
    public void An_import_called_from_realloc_traps_without_reaching_the_host()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var run = Instantiate(engine, DirectComponents.Flags, PingHost(out var pings), store).GetExport(FlagsApi, "run");

        var error = Should.Throw<WitTrapException>(() => run.Options.CallRealloc(0, 0, 4, 16));

        error.Message.ShouldContain("may_leave");
        pings.Count.ShouldBe(0);
        store.IsPoisoned.ShouldBeTrue();
    }

    [Fact]
    public void The_same_import_is_allowed_again_once_realloc_and_post_return_are_done()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var instance = Instantiate(engine, DirectComponents.Flags, PingHost(out var pings), store);
        instance.GetExport(FlagsApi, "run").Call([ValRaw.FromI32(1)]);

        instance.GetExport(FlagsApi, "call-ping").Call([]);

        pings.Count.ShouldBe(1);
    }

    [Fact]
    public void A_host_import_calling_back_into_its_instance_traps_and_poisons_the_store()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var hosts = new DirectHostFunctions();
        var innerCalls = 0;
        hosts.Define(DirectComponents.Ping, (context, _) =>
        {
            innerCalls++;
            context.Instance.GetExport(FlagsApi, "run").Call([ValRaw.FromI32(1)]);
        });
        var instance = Instantiate(engine, DirectComponents.Flags, hosts, store);

        var error = Should.Throw<WitReentranceException>(() => instance.GetExport(FlagsApi, "call-ping").Call([]));

        error.FunctionName.ShouldBe(FlagsApi + "#run");
        innerCalls.ShouldBe(1);
        PostReturnCount(instance.GetExport(FlagsApi, "run")).ShouldBe(0);
        store.PoisonedBy.ShouldBeSameAs(error);
    }

    [Fact]
    public void A_trap_names_the_wit_function_and_poisons_the_store()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var instance = Instantiate(engine, DirectComponents.Flags, PingHost(out _), store);

        var trap = Should.Throw<WitTrapException>(() => instance.GetExport(FlagsApi, "crash").Call([]));

        trap.FunctionName.ShouldBe(FlagsApi + "#crash");
        trap.TrapCode.ShouldBe(WitTrapCode.UnreachableCodeReached);
        store.PoisonedBy.ShouldBeSameAs(trap);
        Should.Throw<WitInstancePoisonedException>(() => instance.GetExport(FlagsApi, "run").Call([ValRaw.FromI32(1)]))
            .InnerException.ShouldBeSameAs(trap);
    }

    [Fact]
    public void Fuel_stops_a_spinning_export()
    {
        using var engine = CoreModules.Engine(fuel: true);
        using var store = new ComponentStore(engine) { Fuel = 100_000 };
        var spin = Instantiate(engine, DirectComponents.Flags, PingHost(out _), store).GetExport(FlagsApi, "spin");

        Should.Throw<WitFuelExhaustedException>(() => spin.Call([])).FunctionName.ShouldBe(FlagsApi + "#spin");
        store.IsPoisoned.ShouldBeTrue();
    }

    [Fact]
    public void A_call_timeout_stops_a_spinning_export()
    {
        using var engine = CoreModules.Engine(epochs: true);
        using var store = new ComponentStore(engine) { CallTimeout = TimeSpan.FromMilliseconds(50) };
        var spin = Instantiate(engine, DirectComponents.Flags, PingHost(out _), store).GetExport(FlagsApi, "spin");

        Should.Throw<WitTimeoutException>(() => spin.Call([])).FunctionName.ShouldBe(FlagsApi + "#spin");
    }

    [Fact]
    public void Cancellation_stops_a_spinning_export()
    {
        using var engine = CoreModules.Engine(epochs: true);
        using var store = new ComponentStore(engine);
        var spin = Instantiate(engine, DirectComponents.Flags, PingHost(out _), store).GetExport(FlagsApi, "spin");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        store.CallCancellation = cancellation.Token;

        Should.Throw<WitCallCanceledException>(() => spin.Call([])).FunctionName.ShouldBe(FlagsApi + "#spin");
    }

    [Fact]
    public void Two_instances_in_one_store_each_receive_their_own_import_calls()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var seen = new List<DirectInstance>();
        var hosts = new DirectHostFunctions();
        hosts.Define(DirectComponents.Ping, (context, _) => seen.Add(context.Instance));
        using var pre = new DirectInstancePre(DirectComponent.FromWat(engine, DirectComponents.Flags), hosts);
        var first = pre.Instantiate(store);
        var second = pre.Instantiate(store);

        second.GetExport(FlagsApi, "call-ping").Call([]);
        first.GetExport(FlagsApi, "call-ping").Call([]);

        seen.ShouldBe([second, first]);
    }

    [Fact]
    public void Instances_in_other_stores_reuse_the_pre_linked_modules()
    {
        using var engine = CoreModules.Engine();
        using var pre = new DirectInstancePre(DirectComponent.FromWat(engine, DirectComponents.Flags), PingHost(out var pings));

        for (var i = 0; i < 3; i++)
        {
            using var store = new ComponentStore(engine);
            pre.Instantiate(store).GetExport(FlagsApi, "call-ping").Call([]);
        }

        pings.Count.ShouldBe(3);
    }

    [Fact]
    public void Instantiations_importing_only_lowered_functions_or_nothing_are_pre_linked()
    {
        using var engine = CoreModules.Engine();
        var hosts = new DirectHostFunctions();
        hosts.Define(LoaderComponents.Host + "#bias", (_, slots) => slots[0] = ValRaw.FromI32(1));

        // The shim imports nothing; the main module imports the shim's trampoline and the fixup its table.
        using var shimmed = new DirectInstancePre(DirectComponent.FromWat(engine, LoaderComponents.ShimAndFixup), hosts);
        using var flags = new DirectInstancePre(DirectComponent.FromWat(engine, DirectComponents.Flags), PingHost(out _));

        shimmed.PreLinkedInstantiations.ShouldBe([0]);
        flags.PreLinkedInstantiations.ShouldBe([0]);
    }

    [Fact]
    public void A_missing_host_function_is_named()
    {
        using var engine = CoreModules.Engine();

        var error = Should.Throw<WitRuntimeException>(() => new DirectInstancePre(DirectComponent.FromWat(engine, DirectComponents.Flags), new DirectHostFunctions()));

        error.Message.ShouldBe($"The component imports the function '{DirectComponents.Ping}', for which no host function is defined.");
    }

    [Fact]
    public void A_missing_export_is_named()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var instance = Instantiate(engine, LoaderComponents.Add, new DirectHostFunctions(), store);

        Should.Throw<WitRuntimeException>(() => instance.GetExport(LoaderComponents.Api, "sub")).Message
            .ShouldBe($"The component exports no function '{LoaderComponents.Api}#sub'.");
    }

    internal static DirectInstance Instantiate(WasmEngine engine, string wat, DirectHostFunctions hosts, ComponentStore store) =>
        new DirectInstancePre(DirectComponent.FromWat(engine, wat), hosts).Instantiate(store);

    private static DirectHostFunctions PingHost(out List<string> pings)
    {
        var calls = new List<string>();
        pings = calls;
        var hosts = new DirectHostFunctions();
        hosts.Define(DirectComponents.Ping, (context, _) => calls.Add(context.FunctionPath));
        return hosts;
    }

    private static int PostReturnCount(DirectExport export) => BitConverter.ToInt32(export.Options.Memory!.GetSpan(0, 4));
}
