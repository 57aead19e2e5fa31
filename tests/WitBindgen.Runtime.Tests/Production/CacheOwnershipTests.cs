using System.Buffers.Binary;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using WitBindgen.Runtime.Tests.Infrastructure;

namespace WitBindgen.Runtime.Tests.Production;

/// <summary>
/// The cache loads native code, so it must only load what the current user wrote: these tests play another local
/// user who plants a well-formed artifact (another component's code under the victim's key).
/// </summary>
public sealed class CacheOwnershipTests : IDisposable
{
    private const int HeaderLength = 8 + 32 + 32 + 8;

    /// <summary>The same world as <see cref="TestComponents.Spinner"/>, but <c>answer</c> returns 666.</summary>
    private static readonly string Planted = TestComponents.Spinner.Replace("i32.const 42", "i32.const 666", StringComparison.Ordinal);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "witbindgen-cache-owner-tests-" + Guid.NewGuid().ToString("N"));

    private string CacheDirectory => Path.Combine(_root, "components");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [LinuxRootFact]
    [SupportedOSPlatform("linux")]
    public void A_private_cache_directory_of_another_user_is_not_used()
    {
        PlantArtifact();
        FileSystemTools.ChangeOwner(CacheDirectory, LinuxRootFactAttribute.OtherUser);
        File.GetUnixFileMode(CacheDirectory).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        using var engine = new WasmEngine(Options());
        var reasons = new List<string?>();
        engine.Cache!.Lookup += (_, e) => reasons.Add(e.Reason);
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        WasmComponent.FromWat(engine, TestComponents.Spinner).Dispose();

        component.CacheOutcome.ShouldBe(ComponentCacheOutcome.Unavailable);
        engine.Cache.UnavailableReason!.ShouldContain($"belongs to user {LinuxRootFactAttribute.OtherUser}");
        reasons.ShouldBe([engine.Cache.UnavailableReason, engine.Cache.UnavailableReason]);
        CacheProbe.Run(engine, component).ShouldBe(42u);
    }

    [LinuxRootFact]
    public void An_artifact_of_another_user_is_not_loaded_and_is_replaced()
    {
        var path = PlantArtifact();
        FileSystemTools.ChangeOwner(path, LinuxRootFactAttribute.OtherUser);

        using (var engine = new WasmEngine(Options()))
        {
            ComponentCacheEventArgs? lookup = null;
            engine.Cache!.Lookup += (_, e) => lookup = e;
            using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);

            component.CacheOutcome.ShouldBe(ComponentCacheOutcome.Rejected);
            lookup!.Reason!.ShouldContain($"belongs to user {LinuxRootFactAttribute.OtherUser}");
            CacheProbe.Run(engine, component).ShouldBe(42u);
        }

        using (var engine = new WasmEngine(Options()))
        {
            using var again = WasmComponent.FromWat(engine, TestComponents.Spinner);
            again.CacheOutcome.ShouldBe(ComponentCacheOutcome.Hit);
            CacheProbe.Run(engine, again).ShouldBe(42u);
        }
    }

    [LinuxRootFact]
    public void A_parent_directory_of_another_user_makes_the_cache_unavailable()
    {
        Directory.CreateDirectory(_root);
        FileSystemTools.ChangeOwner(_root, LinuxRootFactAttribute.OtherUser);

        using var engine = new WasmEngine(Options());
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);

        component.CacheOutcome.ShouldBe(ComponentCacheOutcome.Unavailable);
        engine.Cache!.UnavailableReason!.ShouldContain($"'{_root}', above the cache directory");
        engine.Cache.UnavailableReason!.ShouldContain($"belongs to user {LinuxRootFactAttribute.OtherUser}");
        Directory.GetFiles(CacheDirectory).ShouldBeEmpty();
    }

    [Fact]
    public void A_parent_directory_other_users_can_write_makes_the_cache_unavailable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Windows and other systems are checked by ownership only.
        }

        Directory.CreateDirectory(_root);
        File.SetUnixFileMode(_root, (UnixFileMode)0b111_111_111);

        using var engine = new WasmEngine(Options());
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);

        component.CacheOutcome.ShouldBe(ComponentCacheOutcome.Unavailable);
        engine.Cache!.UnavailableReason!.ShouldContain($"'{_root}', above the cache directory");
        engine.Cache.UnavailableReason!.ShouldContain("can be written by other users");
        CacheProbe.Run(engine, component).ShouldBe(42u);
    }

    [Fact]
    public void A_shared_parent_with_the_sticky_bit_like_tmp_is_accepted()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Windows and other systems are checked by ownership only.
        }

        Directory.CreateDirectory(_root);
        File.SetUnixFileMode(_root, (UnixFileMode)0b1_111_111_111);

        using (var engine = new WasmEngine(Options()))
        {
            WasmComponent.FromWat(engine, TestComponents.Spinner).CacheOutcome.ShouldBe(ComponentCacheOutcome.Miss);
        }

        using (var engine = new WasmEngine(Options()))
        {
            WasmComponent.FromWat(engine, TestComponents.Spinner).CacheOutcome.ShouldBe(ComponentCacheOutcome.Hit);
        }
    }

    [Fact]
    public async Task A_fifo_at_the_artifact_path_neither_blocks_nor_is_loaded()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // FIFOs live in the file system on Unix only.
        }

        string path;
        using (var engine = new WasmEngine(Options()))
        {
            path = CacheProbe.PathOf(engine, TestComponents.Spinner);
        }

        File.Delete(path);
        FileSystemTools.MakeFifo(path);
        using var second = new WasmEngine(Options());
        ComponentCacheEventArgs? lookup = null;
        second.Cache!.Lookup += (_, e) => lookup = e;
        var load = Task.Run(() =>
        {
            using var component = WasmComponent.FromWat(second, TestComponents.Spinner);
            return component.CacheOutcome;
        });

        var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(60))) == load;
        if (!finished)
        {
            // Give the blocked reader its end of file, so the test process does not keep a stuck thread.
            using var writer = new FileStream(path, FileMode.Open, FileAccess.Write);
        }

        finished.ShouldBeTrue("FromWat still waited on the FIFO after 60 s");
        (await load).ShouldBe(ComponentCacheOutcome.Rejected);
        lookup!.Reason!.ShouldContain("FIFO");
    }

    [Fact]
    public void An_artifact_that_is_a_symbolic_link_is_not_followed()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating links needs a privilege Windows test runs usually lack.
        }

        var path = PlantArtifact();
        var elsewhere = Path.Combine(_root, "elsewhere.cwasm");
        File.Move(path, elsewhere);
        File.CreateSymbolicLink(path, elsewhere);

        using var engine = new WasmEngine(Options());
        ComponentCacheEventArgs? lookup = null;
        engine.Cache!.Lookup += (_, e) => lookup = e;
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);

        component.CacheOutcome.ShouldBe(ComponentCacheOutcome.Rejected);
        lookup!.Reason!.ShouldContain("symbolic link");
        CacheProbe.Run(engine, component).ShouldBe(42u);
    }

    // The component artifacts these tests inspect are the Wasmtime backend's (the direct backend caches core modules,
    // see CoreModuleCacheTests).
    private WasmEngineOptions Options() => new() { CacheDirectory = CacheDirectory, Backend = ComponentBackend.Wasmtime };

    /// <summary>
    /// Writes, under the key of <see cref="TestComponents.Spinner"/>, a well-formed artifact (header, key and
    /// checksum all valid) holding <see cref="Planted"/>'s code, as another user who knows the format would.
    /// </summary>
    private string PlantArtifact()
    {
        string victim;
        string planted;
        using (var engine = new WasmEngine(Options()))
        {
            victim = CacheProbe.PathOf(engine, TestComponents.Spinner);
            planted = CacheProbe.PathOf(engine, Planted);
        }

        var header = File.ReadAllBytes(victim)[..HeaderLength];
        var payload = File.ReadAllBytes(planted)[HeaderLength..];
        SHA256.HashData(payload).CopyTo(header.AsSpan(8 + 32));
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8 + 32 + 32), payload.Length);
        File.WriteAllBytes(victim, [.. header, .. payload]);
        File.Delete(planted);
        return victim;
    }
}
