using Test.Both.BothWorld;
using Test.Both.Test;
using WitBindgen.Host.Tests.Infrastructure;
using WitBindgen.Runtime;
using ExportedThing = Test.Both.Exports.Test.Thing;

namespace WitBindgen.Host.Tests.ResourceShapes;

/// <summary>
/// Generated bindings over tests/components/resources/both.wat: an interface both imported and exported whose
/// resource a world-level <c>use</c> names. The world's <c>thing</c> is the imported one (the host's) in world functions
/// of both directions; the exported <c>thing</c> (the guest's) is a distinct class.
/// </summary>
public sealed class BothTests
{
    private static readonly Lazy<WasmComponent> Component = new(() =>
        WasmComponent.FromWat(TestComponents.Engine, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "both.wat"))));

    [Fact]
    public void Toplevel_export_takes_and_returns_the_hosts_thing_and_the_guest_calls_toplevel_import()
    {
        var host = new Host();
        using var both = Both.Instantiate(TestComponents.Engine, Component.Value, host, host);
        var given = new HostThing(3);

        var result = both.ToplevelExport(given);

        // The guest read 3, passed the host's object to toplevel-import (which returned 30), created a thing of
        // 3 + 30 through the import's constructor and passed that one to toplevel-import (which returned 330).
        host.Received.Count.ShouldBe(2);
        host.Received[0].ShouldBeSameAs(given);
        host.Received[1].ShouldBeSameAs(host.Created.ShouldHaveSingleItem());
        host.Received[1].Value.ShouldBe(33u);
        result.ShouldBeSameAs(host.Returned[1]);
        result.Foo().ShouldBe(330u);
        host.Returned[0].DisposeCount.ShouldBe(1);
        host.Returned[1].DisposeCount.ShouldBe(0);
    }

    [Fact]
    public void Toplevel_export_takes_a_thing_the_guest_created()
    {
        var host = new Host();
        using var both = Both.Instantiate(TestComponents.Engine, Component.Value, host, host);
        both.ToplevelExport(new HostThing(1));
        var guestCreated = host.Created.ShouldHaveSingleItem();

        var result = both.ToplevelExport(guestCreated);

        host.Received[2].ShouldBeSameAs(guestCreated);
        host.Received[3].Value.ShouldBe(guestCreated.Value + (guestCreated.Value * 10));
        result.Foo().ShouldBe(host.Received[3].Value * 10);
    }

    [Fact]
    public void Exported_thing_is_the_guests_and_distinct_from_the_hosts()
    {
        var host = new Host();
        using var both = Both.Instantiate(TestComponents.Engine, Component.Value, host, host);

        using var thing = new ExportedThing(both.Test, 5);

        thing.Foo().ShouldBe(1005u);
        typeof(ExportedThing).ShouldNotBe(typeof(Thing));
        typeof(Thing).IsAssignableFrom(typeof(ExportedThing)).ShouldBeFalse();
        host.Created.ShouldBeEmpty();
    }

    private sealed class Host : ITest, IBothImports
    {
        public List<HostThing> Created { get; } = new();

        public List<HostThing> Received { get; } = new();

        public List<HostThing> Returned { get; } = new();

        public Thing CreateThing(uint v)
        {
            var thing = new HostThing(v);
            Created.Add(thing);
            return thing;
        }

        public Thing ToplevelImport(Thing a)
        {
            var received = a.ShouldBeOfType<HostThing>();
            Received.Add(received);
            var result = new HostThing(received.Value * 10);
            Returned.Add(result);
            return result;
        }
    }

    private sealed class HostThing(uint value) : Thing
    {
        public uint Value { get; } = value;

        public int DisposeCount { get; private set; }

        public override uint Foo() => Value;

        public override void Dispose() => DisposeCount++;
    }
}
