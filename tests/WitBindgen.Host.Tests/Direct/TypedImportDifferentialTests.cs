using System.Reflection;
using Test.TypedImports.Echoes;
using Test.TypedImports.TypedImportsWorld;
using WitBindgen.Runtime;
using Xunit.Abstractions;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// The generated bindings of tests/components/typed-imports/typed-imports.wit on both backends with the same seeded
/// random values of every WIT value type, the Wasmtime backend as the oracle: export <c>callN</c> hands its argument to
/// the generated import <c>echoN</c>, implemented in C#, and returns what it returned. Both backends return the value
/// they were given and make the same import calls with the same values, the direct backend through the Canonical ABI.
/// </summary>
public sealed class TypedImportDifferentialTests(ITestOutputHelper output)
{
    private const int Rounds = 6;

    [Fact]
    public void Every_value_type_passes_through_a_generated_import_on_the_direct_backend_as_on_the_wasmtime_backend()
    {
        var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "typed-imports", "typed-imports.wat"));
        using var oracleComponent = WasmComponent.FromWat(Engines.Wasmtime, wat);
        using var directComponent = WasmComponent.FromWat(Engines.Direct, wat);
        var (oracleEchoes, oracleCalls) = EchoRecorder.Create<IEchoes>();
        var (directEchoes, directCalls) = EchoRecorder.Create<IEchoes>();
        using var oracle = TypedImports.Instantiate(Engines.Wasmtime, oracleComponent, oracleEchoes);
        using var bindings = TypedImports.Instantiate(Engines.Direct, directComponent, directEchoes);
        bindings.Instance.Backend.ShouldBe(ComponentBackend.Direct);

        var calls = 0;
        var types = 0;
        for (var n = 0; Method(n) is { } call; n++, types++)
        {
            for (var round = 0; round < Rounds; round++)
            {
                var value = new RandomTypedValues((n * 1000) + round).For(call.GetParameters()[0]);
                var expected = TypedValueText.Of(value);
                TypedValueText.Of(Call(oracle, call, value)).ShouldBe(expected, $"call{n} on the Wasmtime backend");
                TypedValueText.Of(Call(bindings, call, value)).ShouldBe(expected, $"call{n} on the direct backend");
                calls++;
            }
        }

        directCalls.Calls.ShouldBe(oracleCalls.Calls, "the import calls on both backends");
        oracleCalls.Calls.Count.ShouldBe(calls);
        directCalls.TypedCalls.ShouldBe(calls, "every import call on the direct backend goes through the Canonical ABI");
        oracleCalls.TypedCalls.ShouldBe(0);
        bindings.Store.IsPoisoned.ShouldBeFalse();
        output.WriteLine($"{types} types: {calls} calls of generated imports agree with the Wasmtime backend, each on the typed path.");
    }

    private static MethodInfo? Method(int n) => typeof(TypedImports).GetMethod("Call" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static object? Call(TypedImports world, MethodInfo call, object? value)
    {
        world.Reset();
        return call.Invoke(world, [value]);
    }
}
