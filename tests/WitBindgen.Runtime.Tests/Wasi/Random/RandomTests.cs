using WitBindgen.Runtime.Tests.Wasi.Cli;

namespace WitBindgen.Runtime.Tests.Wasi.Random;

/// <summary>
/// <c>wasi:random</c> on the direct backend: the operating system's generator by default, as on Wasmtime, and
/// reproducible numbers with <see cref="WasiConfiguration.WithRandomSeed"/>.
/// </summary>
public sealed class RandomTests
{
    [Fact]
    public void The_same_seed_gives_the_same_numbers_in_two_stores()
    {
        using var first = new WasiRun(ComponentBackend.Direct, RandomComponents.Random, new WasiConfiguration().WithRandomSeed(42));
        using var second = new WasiRun(ComponentBackend.Direct, RandomComponents.Random, new WasiConfiguration().WithRandomSeed(42));

        var bytes = Draw(first);

        bytes.ShouldBe(Draw(second));
        bytes.Length.ShouldBe(37 + 8 + 13 + 8 + 16);
        bytes.Distinct().Count().ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Different_seeds_give_different_numbers()
    {
        using var first = new WasiRun(ComponentBackend.Direct, RandomComponents.Random, new WasiConfiguration().WithRandomSeed(1));
        using var second = new WasiRun(ComponentBackend.Direct, RandomComponents.Random, new WasiConfiguration().WithRandomSeed(2));

        first.Call("random-bytes", v => v.GetBytes(), ComponentVal.U64(32)).ShouldNotBe(second.Call("random-bytes", v => v.GetBytes(), ComponentVal.U64(32)));
        first.CallU64("insecure-u64").ShouldNotBe(second.CallU64("insecure-u64"));
        Seed(first).ShouldNotBe(Seed(second));
    }

    [Theory]
    [InlineData(ComponentBackend.Wasmtime)]
    [InlineData(ComponentBackend.Direct)]
    public void Without_a_seed_every_store_gets_its_own_numbers_and_one_insecure_seed(ComponentBackend backend)
    {
        using var first = new WasiRun(backend, RandomComponents.Random);
        using var second = new WasiRun(backend, RandomComponents.Random);

        first.Call("random-bytes", v => v.GetBytes(), ComponentVal.U64(32)).ShouldNotBe(second.Call("random-bytes", v => v.GetBytes(), ComponentVal.U64(32)));
        first.Call("insecure-bytes", v => v.GetBytes(), ComponentVal.U64(32)).ShouldNotBe(second.Call("insecure-bytes", v => v.GetBytes(), ComponentVal.U64(32)));
        first.CallU64("random-u64").ShouldNotBe(first.CallU64("random-u64"));
        Seed(first).ShouldBe(Seed(first));
        Seed(first).ShouldNotBe(Seed(second));
        first.Call("random-bytes", v => v.GetBytes(), ComponentVal.U64(0)).ShouldBeEmpty();
    }

    [Fact]
    public void A_length_no_list_can_have_traps_naming_the_function_and_the_length()
    {
        using var run = new WasiRun(ComponentBackend.Direct, RandomComponents.Random);

        var error = Should.Throw<WitTrapException>(() => run.Call("random-bytes", v => v.GetBytes(), ComponentVal.U64(1UL << 40)));

        error.Message.ShouldContain("get-random-bytes");
        error.Message.ShouldContain("1099511627776");
    }

    [Fact]
    public void A_seed_on_the_wasmtime_backend_is_refused_naming_the_option()
    {
        var error = Should.Throw<WitRuntimeException>(() => new WasiRun(ComponentBackend.Wasmtime, RandomComponents.Random, new WasiConfiguration().WithRandomSeed(7)));

        error.Message.ShouldContain("WasiConfiguration.WithRandomSeed");
    }

    [Fact]
    public void A_seed_under_auto_runs_the_component_on_the_direct_backend()
    {
        using var run = new WasiRun(ComponentBackend.Auto, RandomComponents.Random, new WasiConfiguration().WithRandomSeed(7));
        using var again = new WasiRun(ComponentBackend.Auto, RandomComponents.Random, new WasiConfiguration().WithRandomSeed(7));

        run.Instance.Backend.ShouldBe(ComponentBackend.Direct);
        run.CallU64("random-u64").ShouldBe(again.CallU64("random-u64"));
    }

    private static byte[] Draw(WasiRun run) =>
    [
        .. run.Call("random-bytes", v => v.GetBytes(), ComponentVal.U64(37)),
        .. BitConverter.GetBytes(run.CallU64("random-u64")),
        .. run.Call("insecure-bytes", v => v.GetBytes(), ComponentVal.U64(13)),
        .. BitConverter.GetBytes(run.CallU64("insecure-u64")),
        .. BitConverter.GetBytes(Seed(run).Low),
        .. BitConverter.GetBytes(Seed(run).High),
    ];

    private static (ulong Low, ulong High) Seed(WasiRun run) =>
        run.Call("insecure-seed", v => (v.GetTupleItems()[0].GetU64(), v.GetTupleItems()[1].GetU64()));
}
