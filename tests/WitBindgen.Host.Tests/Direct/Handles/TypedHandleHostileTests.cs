using Test.TypedHandles.TypedHandlesWorld;
using WitBindgen.Runtime;
using Xunit.Abstractions;

namespace WitBindgen.Host.Tests.Direct.Handles;

/// <summary>
/// A guest that misuses handles of the host's resources in generated imports: on the direct backend the typed path
/// refuses the handle as CanonicalABI.md does (type, liveness, index, a lent own that cannot move, a borrow used after
/// the call it was lent for), the call fails naming the import, the host is never called, and the store is poisoned,
/// as on the Wasmtime backend; the process and the engine go on.
/// </summary>
public sealed class TypedHandleHostileTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("wrong-type", "[method]counter.get", "another resource type")]
    [InlineData("dropped-handle", "[method]counter.get", "unknown handle index 1")]
    [InlineData("out-of-range", "[method]counter.get", "unknown handle index 12345")]
    [InlineData("own-of-lent", "pair", "lent to a call still running")]
    [InlineData("borrow-after-return", "[method]counter.get", "unknown handle index")]
    [InlineData("own-of-borrow", "consume", "a borrow, where the type is own")]
    public void A_misused_handle_fails_the_call_naming_the_import_and_poisons_the_store(string row, string import, string problem)
    {
        foreach (var engine in new[] { Engines.Wasmtime, Engines.Direct })
        {
            var backend = engine.Options.Backend.ToString();
            using var component = WasmComponent.FromWat(engine, TypedHandleDifferentialTests.Wat());
            var host = new HandleHost();
            using var bindings = TypedHandles.Instantiate(engine, component, host);
            var refused = Should.Throw<WitRuntimeException>(() => Misuse(bindings, host, row), backend);
            output.WriteLine($"{row} on {backend}: {refused.Message}");
            bindings.Store.IsPoisoned.ShouldBeTrue(backend);
            host.Calls.ShouldNotContain(c => c.EndsWith(".get", StringComparison.Ordinal) || c.StartsWith("pair", StringComparison.Ordinal) || c.StartsWith("consume", StringComparison.Ordinal), backend);
            if (engine == Engines.Direct)
            {
                refused.Message.ShouldContain(import);
                refused.Message.ShouldContain(problem);
                refused.ToString().ShouldContain(nameof(WitBindgen.Runtime.Canonical.CanonicalImport), customMessage: "the typed path refused it");
            }

            // A new store runs the component.
            using var again = TypedHandles.Instantiate(engine, component, new HandleHost());
            again.GetMany(2).ShouldBe(7u, backend);
        }
    }

    private static void Misuse(TypedHandles bindings, HandleHost host, string row)
    {
        switch (row)
        {
            case "wrong-type":
                bindings.WrongType();
                break;
            case "dropped-handle":
                bindings.DroppedHandle();
                break;
            case "out-of-range":
                bindings.OutOfRange();
                break;
            case "own-of-lent":
                bindings.OwnOfLent();
                break;
            case "own-of-borrow":
                var counter = host.CreateCounter(5);
                host.Calls.Clear();
                bindings.ConsumeLent(counter);
                break;
            default:
                var lent = host.CreateCounter(5);
                host.Calls.Clear();
                bindings.Keep(lent);
                bindings.UseKept();
                break;
        }
    }
}
