using System.Runtime.CompilerServices;
using WitBindgen.Runtime.Tests.Infrastructure;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// The import links of a component are made once per engine and shared by every store: each call must reach the
/// instance of the store that made it, however stores come and go, and the links must keep no store alive.
/// </summary>
public sealed class DirectImportCallerTests
{
    [Fact]
    public void Import_calls_reach_the_instance_of_their_own_store_while_stores_come_and_go()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Direct });
        using var component = WasmComponent.FromWat(engine, RoundTripComponent.Wat("string", "i32", "i32"));
        using var linker = new ComponentLinker(engine);
        var names = new ConditionalWeakTable<ComponentStore, string>();
        linker.DefineFunction(
            RoundTripComponent.HostInterface,
            RoundTripComponent.HostFunction,
            (args, results) => results[0] = ComponentVal.String(args[0].GetString() + "@" + names.GetValue(ResourceScope.Store, _ => "?")));

        using var kept = new ComponentStore(engine);
        names.Add(kept, "kept");
        var keptCall = linker.Instantiate(kept, component).GetFunction(RoundTripComponent.ExportInterface, RoundTripComponent.ExportFunction);
        for (var i = 0; i < 16; i++)
        {
            // A store made right after another was disposed often gets the same native address.
            using var store = new ComponentStore(engine);
            names.Add(store, "store " + i);
            var call = linker.Instantiate(store, component).GetFunction(RoundTripComponent.ExportInterface, RoundTripComponent.ExportFunction);

            Echo(call, "a").ShouldBe("a@store " + i);
            Echo(keptCall, "b").ShouldBe("b@kept");
            Echo(call, "c").ShouldBe("c@store " + i);
        }
    }

    [Fact]
    public void A_store_left_undisposed_after_its_import_calls_can_be_collected()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Direct });
        using var component = WasmComponent.FromWat(engine, RoundTripComponent.Wat("u32", "i32"));
        using var linker = new ComponentLinker(engine);
        linker.DefineFunction(RoundTripComponent.HostInterface, RoundTripComponent.HostFunction, (args, results) => results[0] = ComponentVal.U32(args[0].GetU32() + 1));

        var abandoned = RunAndAbandon(engine, component, linker);
        for (var i = 0; i < 10 && abandoned.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        abandoned.IsAlive.ShouldBeFalse();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference RunAndAbandon(WasmEngine engine, WasmComponent component, ComponentLinker linker)
    {
        var store = new ComponentStore(engine);
        var results = new ComponentVal[1];
        linker.Instantiate(store, component).GetFunction(RoundTripComponent.ExportInterface, RoundTripComponent.ExportFunction)
            .Call([ComponentVal.U32(41)], results);
        results[0].GetU32().ShouldBe(42u);
        return new WeakReference(store);
    }

    private static string Echo(ComponentFunction function, string text)
    {
        var results = new ComponentVal[1];
        try
        {
            function.Call([ComponentVal.String(text)], results);
            return results[0].GetString();
        }
        finally
        {
            ComponentVal.Free(results);
        }
    }
}
