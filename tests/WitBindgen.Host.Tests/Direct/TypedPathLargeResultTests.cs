using Test.Values.ValuesWorld;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// A 64 MiB <c>list&lt;u8&gt;</c> result (tests/components/values: <c>make(n)</c> gives n bytes of 7) through the
/// generated bindings: the direct typed path lifts it whole, as CanonicalABI.md does, while the Wasmtime backend refuses
/// results over its budget for copying out of the guest in one call (about 2.7 MiB), a named divergence.
/// </summary>
public sealed class TypedPathLargeResultTests
{
    private const int Size = 64 << 20;

    [Fact]
    public void A_list_result_of_sixty_four_mebibytes_returns_whole_through_the_typed_path()
    {
        using var component = WasmComponent.FromWat(Engines.Direct, Wat());
        using var bindings = Values.Instantiate(Engines.Direct, component);
        DirectBindings.TypedCount(bindings.Api).ShouldBe(5, "every function calls through the typed path");

        var bytes = bindings.Api.Make(Size);

        bytes.Length.ShouldBe(Size);
        bytes.AsSpan().IndexOfAnyExcept((byte)7).ShouldBe(-1);
        bindings.Store.IsPoisoned.ShouldBeFalse();
        bindings.Api.Make(3).ShouldBe(new byte[] { 7, 7, 7 });
    }

    [Fact]
    public void Wasmtime_refuses_a_list_result_of_sixty_four_mebibytes_over_its_hostcall_copy_budget()
    {
        using var component = WasmComponent.FromWat(Engines.Wasmtime, Wat());
        using var bindings = Values.Instantiate(Engines.Wasmtime, component);

        var failure = Should.Throw<WitRuntimeException>(() => bindings.Api.Make(Size));

        failure.Message.ShouldContain("fuel allocated for hostcalls has been exhausted");
        bindings.Store.IsPoisoned.ShouldBeTrue();
    }

    private static string Wat() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "values", "values.wat"));
}
