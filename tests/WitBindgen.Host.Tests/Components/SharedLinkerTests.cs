using Test.Shapes.HostApi;
using Test.Shapes.Shared;
using Test.Shapes.ShapesWorld;
using Test.WasiProbe.WasiProbeWorld;
using WitBindgen.Host.Tests.Infrastructure;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Components;

/// <summary>
/// <c>Instantiate(engine, component, ...)</c> shares one linker per engine between its instances: each instance must
/// still call its own import implementations, see its own WASI configuration and release its own store.
/// </summary>
public sealed class SharedLinkerTests
{
    private static readonly string ShapesText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "shapes.wat"));

    private static readonly Lazy<WasmComponent> Shapes = new(() => WasmComponent.FromWat(TestComponents.Engine, ShapesText));

    [Fact]
    public void Instances_of_one_engine_call_their_own_import_implementations()
    {
        var first = new CountingHostApi();
        var second = new CountingHostApi();
        var firstCells = new CountingShared();
        var secondCells = new CountingShared();
        using var a = Test.Shapes.ShapesWorld.Shapes.Instantiate(TestComponents.Engine, Shapes.Value, first, firstCells);
        using var b = Test.Shapes.ShapesWorld.Shapes.Instantiate(TestComponents.Engine, Shapes.Value, second, secondCells);

        a.GuestApi.UseHost(10).ShouldBe(1138);
        first.Created.ShouldBe(6);
        second.Created.ShouldBe(0);
        b.GuestApi.UseHost(10).ShouldBe(1138);
        b.GuestApi.UseHost(10).ShouldBe(1138);

        first.Created.ShouldBe(6);
        second.Created.ShouldBe(12);
        firstCells.Created.ShouldBe(1);
        secondCells.Created.ShouldBe(2);
    }

    [Fact]
    public void Instances_of_one_engine_see_their_own_WASI_configuration_and_release_their_own_store()
    {
        var component = TestComponents.Own("wasi-probe");
        var firstOutput = new WasiOutputBuffer();
        var a = WasiProbe.Instantiate(TestComponents.Engine, component,
            new WasiConfiguration().WithArgs("probe", "first").WithEnvironmentVariable("WHO", "a").CaptureStandardOutput(firstOutput));
        using var b = WasiProbe.Instantiate(TestComponents.Engine, component, new WasiConfiguration().WithArgs("probe", "second"));

        a.GetArgs().ShouldBe("probe first");
        b.GetArgs().ShouldBe("probe second");
        a.GetEnv("WHO").ShouldBe("a");
        b.GetEnv("WHO").ShouldBe("<unset>");
        a.Print("only a");
        b.Print("only b");
        firstOutput.GetText().ShouldContain("only a");
        firstOutput.GetText().ShouldNotContain("only b");

        a.Dispose();
        Should.Throw<ObjectDisposedException>(() => a.GetArgs());
        b.GetArgs().ShouldBe("probe second");
        using var c = WasiProbe.Instantiate(TestComponents.Engine, component);
        c.GetArgs().ShouldBe(string.Empty);
    }

    [Fact]
    public void Instances_made_at_once_on_many_threads_of_a_new_engine_each_call_their_own_imports()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { CacheCompiledComponents = false });
        using var component = WasmComponent.FromWat(engine, ShapesText);
        using var start = new Barrier(8);
        var hosts = new CountingHostApi[8][];

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            hosts[thread] = new CountingHostApi[5];
            start.SignalAndWait();
            for (var i = 0; i < hosts[thread].Length; i++)
            {
                var host = hosts[thread][i] = new CountingHostApi();
                using var shapes = Test.Shapes.ShapesWorld.Shapes.Instantiate(engine, component, host, new CountingShared());
                for (var call = 0; call <= i; call++)
                {
                    shapes.GuestApi.UseHost(10).ShouldBe(1138);
                }
            }
        });

        for (var thread = 0; thread < 8; thread++)
        {
            hosts[thread].Select(h => h.Created).ShouldBe([6, 12, 18, 24, 30]);
        }
    }

    [Fact]
    public void A_missing_implementation_is_rejected_before_a_store_is_made()
    {
        var error = Should.Throw<ArgumentNullException>(() =>
            Test.Shapes.ShapesWorld.Shapes.Instantiate(TestComponents.Engine, Shapes.Value, null!, new CountingShared()));
        error.ParamName.ShouldBe("hostApi");
    }

    private sealed class CountingHostApi : IHostApi
    {
        public int Created { get; private set; }

        public Counter CreateCounter(int start) => Count(start);

        public WitBindgen.Result<Counter, string> CounterOpen(int start) =>
            start < 0 ? WitBindgen.Result<Counter, string>.Err("negative start") : WitBindgen.Result<Counter, string>.Ok(Count(start));

        public int Sum(Pair p) => p.Left.Get() + p.Right.Get();

        public Counter[] MakeMany(uint n) => Enumerable.Range(1, (int)n).Select(Count).ToArray();

        private Counter Count(int start)
        {
            Created++;
            return new SimpleCounter(start);
        }
    }

    private sealed class SimpleCounter(int start) : Counter
    {
        private int _value = start;

        public override int Get() => _value;

        public override void Bump(int by) => _value += by;
    }

    private sealed class CountingShared : IShared
    {
        public int Created { get; private set; }

        public Cell CreateCell(int v)
        {
            Created++;
            return new FixedCell(v);
        }
    }

    private sealed class FixedCell(int v) : Cell
    {
        public override int Get() => v;
    }
}
