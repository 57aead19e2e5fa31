namespace WitBindgen.Runtime.Tests.Production;

public sealed class CacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "witbindgen-cache-tests-" + Guid.NewGuid().ToString("N"));

    private string CacheDirectory => Path.Combine(_root, "components");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Second_engine_with_the_same_settings_loads_the_artifact_instead_of_compiling()
    {
        var events = new List<ComponentCacheEventArgs>();
        using (var first = new WasmEngine(Options()))
        {
            first.Cache!.Lookup += (_, e) => events.Add(e);
            using var compiled = WasmComponent.FromWat(first, TestComponents.Spinner);
            compiled.CacheOutcome.ShouldBe(ComponentCacheOutcome.Miss);
            first.Cache.Misses.ShouldBe(1);
        }

        using var second = new WasmEngine(Options());
        second.Cache!.Lookup += (_, e) => events.Add(e);
        using var loaded = WasmComponent.FromWat(second, TestComponents.Spinner);

        loaded.CacheOutcome.ShouldBe(ComponentCacheOutcome.Hit);
        second.Cache.Hits.ShouldBe(1);
        second.Cache.Misses.ShouldBe(0);
        events.Select(e => e.Outcome).ShouldBe([ComponentCacheOutcome.Miss, ComponentCacheOutcome.Hit]);
        events[0].Key.ShouldBe(events[1].Key);
        File.Exists(events[1].Path).ShouldBeTrue();
        CacheProbe.Run(second, loaded).ShouldBe(42u);
    }

    [Fact]
    public void Engine_settings_are_part_of_the_key()
    {
        using (var plain = new WasmEngine(Options()))
        {
            WasmComponent.FromWat(plain, TestComponents.Spinner).Dispose();
        }

        using var fueled = new WasmEngine(Options() with { ConsumeFuel = true });
        using var component = WasmComponent.FromWat(fueled, TestComponents.Spinner);

        component.CacheOutcome.ShouldBe(ComponentCacheOutcome.Miss);
        Directory.GetFiles(CacheDirectory, "*.cwasm").Length.ShouldBe(2);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("foreign")]
    [InlineData("flipped")]
    [InlineData("other-key")]
    public void A_damaged_or_foreign_artifact_is_ignored_and_rebuilt(string damage)
    {
        string path;
        using (var engine = new WasmEngine(Options()))
        {
            path = CacheProbe.PathOf(engine, TestComponents.Spinner);
            File.Exists(path).ShouldBeTrue();
        }

        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "foreign":
                File.WriteAllBytes(path, "\u007fELF not a WitBindgen artifact"u8.ToArray());
                break;
            case "flipped":
                bytes[^100] ^= 0xFF;
                File.WriteAllBytes(path, bytes);
                break;
            default:
                // A valid artifact of another component renamed to this key.
                using (var engine = new WasmEngine(Options()))
                {
                    File.Copy(CacheProbe.PathOf(engine, TestComponents.Memory(1)), path, overwrite: true);
                }

                break;
        }

        using (var engine = new WasmEngine(Options()))
        {
            ComponentCacheEventArgs? lookup = null;
            engine.Cache!.Lookup += (_, e) => lookup = e;
            using var rebuilt = WasmComponent.FromWat(engine, TestComponents.Spinner);
            rebuilt.CacheOutcome.ShouldBe(ComponentCacheOutcome.Rejected);
            lookup!.Reason.ShouldNotBeNullOrEmpty();
            CacheProbe.Run(engine, rebuilt).ShouldBe(42u);
        }

        using (var engine = new WasmEngine(Options()))
        {
            using var again = WasmComponent.FromWat(engine, TestComponents.Spinner);
            again.CacheOutcome.ShouldBe(ComponentCacheOutcome.Hit);
        }
    }

    [Fact]
    public void Cache_directory_and_artifacts_are_private_to_the_user()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows keeps the directory private through the profile's ACLs.
        }

        Directory.CreateDirectory(CacheDirectory);
        File.SetUnixFileMode(CacheDirectory, (UnixFileMode)0b111_111_111);

        using var engine = new WasmEngine(Options());
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);

        component.CacheOutcome.ShouldBe(ComponentCacheOutcome.Miss);
        File.GetUnixFileMode(CacheDirectory).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var artifact = Directory.GetFiles(CacheDirectory).ShouldHaveSingleItem();
        File.GetUnixFileMode(artifact).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void An_artifact_other_users_could_have_written_is_not_loaded()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows keeps the directory private through the profile's ACLs.
        }

        string path;
        using (var engine = new WasmEngine(Options()))
        {
            WasmComponent.FromWat(engine, TestComponents.Spinner).Dispose();
            path = Directory.GetFiles(CacheDirectory).ShouldHaveSingleItem();
        }

        File.SetUnixFileMode(path, (UnixFileMode)0b110_110_110);

        using var second = new WasmEngine(Options());
        WasmComponent.FromWat(second, TestComponents.Spinner).CacheOutcome.ShouldBe(ComponentCacheOutcome.Rejected);
    }

    [Fact]
    public void A_symbolic_link_as_cache_directory_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows keeps the directory private through the profile's ACLs.
        }

        var real = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(real);
        Directory.CreateSymbolicLink(CacheDirectory, real);

        using var engine = new WasmEngine(Options());
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);

        component.CacheOutcome.ShouldBe(ComponentCacheOutcome.Unavailable);
        engine.Cache!.UnavailableReason!.ShouldContain("symbolic link");
        Directory.GetFiles(real).ShouldBeEmpty();
    }

    [Fact]
    public void Cache_can_be_turned_off()
    {
        using var engine = new WasmEngine(Options() with { CacheCompiledComponents = false });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);

        engine.Cache.ShouldBeNull();
        component.CacheOutcome.ShouldBeNull();
        Directory.Exists(CacheDirectory).ShouldBeFalse();
    }

    [Fact]
    public void Cache_is_on_by_default_in_the_user_cache_directory()
    {
        using var engine = new WasmEngine();
        engine.Cache.ShouldNotBeNull().Directory.ShouldBe(Path.GetFullPath(ComponentCache.DefaultDirectory));
        ComponentCache.DefaultDirectory.ShouldContain("witbindgen", Case.Insensitive);
    }

    // The component artifacts these tests inspect are the Wasmtime backend's (the direct backend caches core modules,
    // see CoreModuleCacheTests).
    private WasmEngineOptions Options() => new() { CacheDirectory = CacheDirectory, Backend = ComponentBackend.Wasmtime };
}
