using Test.Shapes.GuestApi;
using Test.Shapes.HostApi;
using Test.Shapes.Shared;
using Test.Shapes.ShapesWorld;
using WitBindgen.Host.Tests.Infrastructure;
using WitBindgen.Runtime;
using GuestCell = Test.Shapes.Exports.Shared.Cell;

namespace WitBindgen.Host.Tests.ResourceShapes;

/// <summary>
/// Generated bindings over tests/components/resources/shapes.wat: host resources created, borrowed in records,
/// returned in lists and fallible results, dropped late or misused by the guest; guest resources with a fallible
/// constructor, borrowed in records and lists, returned in lists; and one interface both imported and exported.
/// </summary>
public sealed class ShapesTests
{
    private static readonly Lazy<WasmComponent> Component = new(() =>
        WasmComponent.FromWat(TestComponents.Engine, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "shapes.wat"))));

    [Fact]
    public void Guest_uses_every_host_function_and_drops_every_object_once()
    {
        var host = new HostApi();
        var shared = new SharedHost();
        using var shapes = Shapes.Instantiate(TestComponents.Engine, Component.Value, host, shared);

        // sum(pair{15, 100}) + make-many(3) (1 + 2 + 3) + open(10) + 1000 for open(-1)'s error + the host's cell (7).
        shapes.GuestApi.UseHost(10).ShouldBe(115 + 6 + 10 + 1000 + 7);

        host.Created.Select(c => c.Start).ShouldBe([10, 100, 1, 2, 3, 10]);
        host.Created.ShouldAllBe(c => c.DisposeCount == 1);
        host.PairsSeen.ShouldBe(1);
        shared.Created.ShouldHaveSingleItem().DisposeCount.ShouldBe(1);
    }

    [Fact]
    public void Guest_that_keeps_a_handle_drops_it_later_or_with_the_store()
    {
        var host = new HostApi();
        var shapes = Shapes.Instantiate(TestComponents.Engine, Component.Value, host, new SharedHost());
        shapes.GuestApi.Keep(3);
        var kept = host.Created.ShouldHaveSingleItem();
        kept.DisposeCount.ShouldBe(0);
        shapes.GuestApi.Release();
        kept.DisposeCount.ShouldBe(1);

        shapes.GuestApi.Keep(4);
        shapes.Dispose();
        host.Created[1].DisposeCount.ShouldBe(1);
    }

    [Fact]
    public void Guest_that_drops_a_handle_twice_traps_and_a_new_instance_works()
    {
        var host = new HostApi();
        using var shapes = Shapes.Instantiate(TestComponents.Engine, Component.Value, host, new SharedHost());

        var error = Should.Throw<WitRuntimeException>(() => shapes.GuestApi.Misuse());
        error.Message.ShouldContain("test:shapes/guest-api#misuse");
        error.Message.ShouldContain("unknown handle index");
        host.Created.ShouldHaveSingleItem().DisposeCount.ShouldBe(1);

        Should.Throw<WitRuntimeException>(() => shapes.GuestApi.UseHost(1)).Message.ShouldContain("cannot enter component instance");

        using var fresh = Shapes.Instantiate(TestComponents.Engine, Component.Value, new HostApi(), new SharedHost());
        fresh.GuestApi.UseHost(10).ShouldBe(1138);
    }

    [Fact]
    public void Guest_resource_of_a_trapped_instance_cannot_be_dropped_and_says_why()
    {
        using var shapes = Shapes.Instantiate(TestComponents.Engine, Component.Value, new HostApi(), new SharedHost());
        var token = Token.Create(shapes.GuestApi, 1).Value;
        Should.Throw<WitRuntimeException>(() => shapes.GuestApi.Misuse());

        var error = Should.Throw<WitRuntimeException>(() => token.Dispose());
        error.Message.ShouldContain("dropping a resource");
        error.Message.ShouldContain("cannot enter component instance");
        token.Handle.IsDisposed.ShouldBeTrue();
        token.Dispose();
    }

    [Fact]
    public void Fallible_constructor_returns_the_resource_or_the_error()
    {
        using var shapes = Shapes.Instantiate(TestComponents.Engine, Component.Value, new HostApi(), new SharedHost());
        var api = shapes.GuestApi;

        var ok = Token.Create(api, 5);
        ok.IsOk.ShouldBeTrue();
        using var token = ok.Value;
        token.Value().ShouldBe(5);

        var failed = Token.Create(api, -1);
        failed.IsErr.ShouldBeTrue();
        failed.Error.ShouldBe("negative");
    }

    [Fact]
    public void Guest_resources_cross_in_records_and_lists()
    {
        using var shapes = Shapes.Instantiate(TestComponents.Engine, Component.Value, new HostApi(), new SharedHost());
        var api = shapes.GuestApi;
        var token = Token.Create(api, 5).Value;

        api.ReadView(new View(token, 3)).ShouldBe(8);

        var tokens = api.Tokens(3);
        tokens.Select(t => t.Value()).ShouldBe([10, 20, 30]);
        api.Total(tokens).ShouldBe(60);
        api.Total([token, .. tokens]).ShouldBe(65);

        api.Dropped().ShouldBe(0u);
        foreach (var t in tokens)
        {
            t.Dispose();
        }

        api.Dropped().ShouldBe(3u);
        token.Dispose();
        api.Dropped().ShouldBe(4u);

        using (var found = api.Find(7))
        {
            found.ShouldNotBeNull().Value().ShouldBe(7);
        }

        api.Find(-1).ShouldBeNull();
        api.Dropped().ShouldBe(5u);

        var error = Should.Throw<ObjectDisposedException>(() => api.ReadView(new View(token, 1)));
        error.Message.ShouldContain("read-view");
        Should.Throw<ArgumentException>(() => api.ReadView(new View(null!, 1))).Message.ShouldContain("null");
    }

    [Fact]
    public void Host_objects_cross_into_an_export_of_another_interface_that_uses_their_type()
    {
        var host = new HostApi();
        using var shapes = Shapes.Instantiate(TestComponents.Engine, Component.Value, host, new SharedHost());
        var lent = new HostCounter(41);
        var given = new HostCounter(42);

        shapes.GuestApi.PeekCounter(lent).ShouldBe(41);
        shapes.GuestApi.PeekCounter(lent).ShouldBe(41);
        lent.DisposeCount.ShouldBe(0);

        shapes.GuestApi.Adopt(given).ShouldBe(42);
        given.DisposeCount.ShouldBe(1);

        // The lent object left the store's table when each call returned: lending it again works the same.
        shapes.GuestApi.UseHost(10).ShouldBe(1138);
    }

    [Fact]
    public void Interface_imported_and_exported_has_a_class_for_each_cell()
    {
        var shared = new SharedHost();
        using var shapes = Shapes.Instantiate(TestComponents.Engine, Component.Value, new HostApi(), shared);

        using var guestCell = new GuestCell(shapes.Shared, 4);
        guestCell.Handle.ShouldNotBeNull();
        guestCell.Get().ShouldBe(4);

        shapes.GuestApi.UseHost(0);
        var hostCell = shared.Created.ShouldHaveSingleItem();
        hostCell.Get().ShouldBe(7);
        hostCell.DisposeCount.ShouldBe(1);
        typeof(Cell).IsAssignableFrom(typeof(GuestCell)).ShouldBeFalse();
    }

    private sealed class HostApi : IHostApi
    {
        public List<HostCounter> Created { get; } = new();

        public int PairsSeen { get; private set; }

        public Counter CreateCounter(int start) => Track(new HostCounter(start));

        public WitBindgen.Result<Counter, string> CounterOpen(int start) =>
            start < 0 ? WitBindgen.Result<Counter, string>.Err("negative start") : WitBindgen.Result<Counter, string>.Ok(Track(new HostCounter(start)));

        public int Sum(Pair p)
        {
            PairsSeen++;
            return p.Left.Get() + p.Right.Get();
        }

        public Counter[] MakeMany(uint n) => Enumerable.Range(1, (int)n).Select(i => (Counter)Track(new HostCounter(i))).ToArray();

        private HostCounter Track(HostCounter counter)
        {
            Created.Add(counter);
            return counter;
        }
    }

    private sealed class HostCounter(int start) : Counter
    {
        private int _value = start;

        public int Start { get; } = start;

        public int DisposeCount { get; private set; }

        public override int Get() => _value;

        public override void Bump(int by) => _value += by;

        public override void Dispose() => DisposeCount++;
    }

    private sealed class SharedHost : IShared
    {
        public List<HostCell> Created { get; } = new();

        public Cell CreateCell(int v)
        {
            var cell = new HostCell(v);
            Created.Add(cell);
            return cell;
        }
    }

    private sealed class HostCell(int v) : Cell
    {
        public int DisposeCount { get; private set; }

        public override int Get() => v;

        public override void Dispose() => DisposeCount++;
    }
}
