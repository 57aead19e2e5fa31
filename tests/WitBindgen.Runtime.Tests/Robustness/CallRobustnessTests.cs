using WitBindgen.Runtime.Tests.Production;

namespace WitBindgen.Runtime.Tests.Robustness;

public sealed class CallRobustnessTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "witbindgen-robustness-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void A_zero_or_negative_timeout_is_refused_and_changes_nothing()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { EpochInterruption = true });
        using var store = new ComponentStore(engine) { CallTimeout = TimeSpan.FromSeconds(5) };

        Should.Throw<ArgumentOutOfRangeException>(() => store.CallTimeout = TimeSpan.Zero);
        Should.Throw<ArgumentOutOfRangeException>(() => store.BeginCallScope(TimeSpan.FromTicks(-1)));
        store.CallTimeout.ShouldBe(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Timeouts_and_cancellation_without_epoch_interruption_are_refused_clearly_and_change_nothing()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var answer = linker.Instantiate(store, component).GetFunction(null, "answer");
        using var cancellation = new CancellationTokenSource();

        Should.Throw<InvalidOperationException>(() => store.CallTimeout = TimeSpan.FromSeconds(1)).Message.ShouldContain("EpochInterruption");
        Should.Throw<InvalidOperationException>(() => store.CallCancellation = cancellation.Token).Message.ShouldContain("EpochInterruption");
        Should.Throw<InvalidOperationException>(() => store.BeginCallScope(null, cancellation.Token));
        store.CallTimeout.ShouldBeNull();
        store.CallCancellation.CanBeCanceled.ShouldBeFalse();

        // A scope that asks for neither is fine on any engine.
        using (store.BeginCallScope(null))
        {
            answer.InvokeU32().ShouldBe(42u);
        }
    }

    [Fact]
    public void An_already_canceled_token_in_a_call_scope_refuses_the_call_and_the_scope_restores_the_store()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { EpochInterruption = true });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var answer = linker.Instantiate(store, component).GetFunction(null, "answer");

        using (store.BeginCallScope(TimeSpan.FromSeconds(5), new CancellationToken(canceled: true)))
        {
            Should.Throw<WitCallCanceledException>(() => answer.InvokeU32()).Message.ShouldContain("before it started");
        }

        store.IsPoisoned.ShouldBeFalse();
        store.CallTimeout.ShouldBeNull();
        answer.InvokeU32().ShouldBe(42u);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_call_timeout_still_interrupts_after_the_engine_was_disposed_early(bool tickedBefore)
    {
        var engine = new WasmEngine(new WasmEngineOptions { EpochInterruption = true });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine) { CallTimeout = TimeSpan.FromMilliseconds(50) };
        var instance = linker.Instantiate(store, component);
        if (tickedBefore)
        {
            Should.Throw<WitTimeoutException>(() => instance.GetFunction(null, "spin").Invoke());
            store.Dispose();
        }

        using var other = new ComponentStore(engine) { CallTimeout = TimeSpan.FromMilliseconds(50) };
        var spin = linker.Instantiate(other, component).GetFunction(null, "spin");
        engine.Dispose();

        Exception? error = null;
        var thread = new Thread(() => error = Record.Exception(() => spin.Invoke())) { IsBackground = true };
        thread.Start();
        thread.Join(TimeSpan.FromSeconds(10)).ShouldBeTrue("the timed call never ended");
        error.ShouldBeOfType<WitTimeoutException>(error?.ToString());
    }

    [Fact]
    public void Factory_leases_on_parallel_threads_stay_apart_and_may_be_disposed_twice()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, Counter);
        using var linker = new ComponentLinker(engine);
        var factory = new ComponentInstanceFactory(linker, component);
        var failures = new List<string>();
        var threads = Enumerable.Range(0, 4).Select(worker => new Thread(() =>
        {
            try
            {
                for (var round = 0; round < 10; round++)
                {
                    var lease = factory.Create();
                    var bump = lease.GetFunction(null, "bump");
                    for (var i = 1; i <= worker + 3; i++)
                    {
                        var value = bump.InvokeU32();
                        if (value != i)
                        {
                            lock (failures)
                            {
                                failures.Add($"worker {worker} round {round}: call {i} returned {value}");
                            }
                        }
                    }

                    lease.Dispose();
                    lease.Dispose();
                    Should.Throw<ObjectDisposedException>(() => bump.InvokeU32());
                }
            }
            catch (Exception error)
            {
                lock (failures)
                {
                    failures.Add($"worker {worker}: {error}");
                }
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join(TimeSpan.FromSeconds(60)).ShouldBeTrue());
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_where_the_cache_directory_should_be_leaves_loading_working()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "not-a-directory");
        File.WriteAllText(file, "x");

        foreach (var directory in new[] { file, Path.Combine(file, "below") })
        {
            using var engine = new WasmEngine(new WasmEngineOptions { CacheDirectory = directory });
            using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);

            component.CacheOutcome.ShouldBe(ComponentCacheOutcome.Unavailable);
            engine.Cache!.UnavailableReason.ShouldNotBeNullOrEmpty();
            using var linker = new ComponentLinker(engine);
            using var store = new ComponentStore(engine);
            linker.Instantiate(store, component).GetFunction(null, "answer").InvokeU32().ShouldBe(42u);
        }

        File.ReadAllText(file).ShouldBe("x");
    }

    [Fact]
    public void A_directory_where_an_artifact_should_be_is_ignored()
    {
        var cacheDirectory = Path.Combine(_root, "components");
        string path;
        using (var engine = new WasmEngine(new WasmEngineOptions { CacheDirectory = cacheDirectory }))
        {
            string? seen = null;
            engine.Cache!.Lookup += (_, e) => seen = e.Path;
            WasmComponent.FromWat(engine, TestComponents.Spinner).Dispose();
            path = seen.ShouldNotBeNull();
        }

        File.Delete(path);
        Directory.CreateDirectory(path);
        using (var engine = new WasmEngine(new WasmEngineOptions { CacheDirectory = cacheDirectory }))
        {
            using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
            component.CacheOutcome.ShouldNotBe(ComponentCacheOutcome.Hit);
            using var linker = new ComponentLinker(engine);
            using var store = new ComponentStore(engine);
            linker.Instantiate(store, component).GetFunction(null, "answer").InvokeU32().ShouldBe(42u);
        }
    }

    [Fact]
    public void Preopening_a_missing_directory_names_the_path()
    {
        using var engine = new WasmEngine();
        var missing = Path.Combine(_root, "no-such-directory");
        var wasi = new WasiConfiguration().WithPreopenedDirectory(missing, "/data");

        var error = Should.Throw<WitRuntimeException>(() => new ComponentStore(engine, wasi));
        error.Message.ShouldContain(missing);
        error.Message.ShouldContain("/data");

        var file = Path.Combine(_root, "a-file");
        Directory.CreateDirectory(_root);
        File.WriteAllText(file, "x");
        Should.Throw<WitRuntimeException>(() => new ComponentStore(engine, new WasiConfiguration().WithPreopenedDirectory(file, "/f")))
            .Message.ShouldContain(file);

        // The failed store released everything; a good configuration still works.
        Directory.CreateDirectory(missing);
        using var store = new ComponentStore(engine, wasi);
    }

    [Fact]
    public void A_plain_call_allocates_nothing_once_warm()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, Counter);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var bump = linker.Instantiate(store, component).GetFunction(null, "bump");
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        for (var i = 0; i < 10; i++)
        {
            bump.Call([], results);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            bump.Call([], results);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
        results[0].GetU32().ShouldBe(1010u);
    }

    private const string Counter = """
        (component
          (core module $m
            (global $n (mut i32) (i32.const 0))
            (func (export "bump") (result i32)
              (global.set $n (i32.add (global.get $n) (i32.const 1)))
              (global.get $n)))
          (core instance $i (instantiate $m))
          (func (export "bump") (result u32) (canon lift (core func $i "bump"))))
        """;
}
