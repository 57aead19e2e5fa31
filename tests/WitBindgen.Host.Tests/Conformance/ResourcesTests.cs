#if WIT_CONFORMANCE
using Test.Resources.ResourcesWorld;
using Test.Resources.ResourcesWorld.Exports;
using Test.Resources.ResourcesWorld.Imports;
using WitBindgen.Host.Tests.Infrastructure;

namespace WitBindgen.Host.Tests.Conformance;

/// <summary>
/// The resources component: the guest uses the host's resource <c>y</c> (constructor, methods, a static taking and
/// returning <c>own</c>), and the host uses the guest's resources <c>x</c> and <c>z</c> (the same shapes, plus a
/// function borrowing two handles). Mirrors wit-bindgen's <c>tests/runtime/resources.rs</c>.
/// </summary>
public sealed class ResourcesTests
{
    [ConformanceFact]
    public void Guest_uses_the_host_resource_through_constructor_methods_and_statics()
    {
        var host = new ResourceHost();
        using var resources = Resources.Instantiate(TestComponents.Engine, TestComponents.Conformance("resources"), host);

        resources.Exports.TestImports().IsOk.ShouldBeTrue();

        // y(10), y.add(y, 10), y(1), y(2), y.add(y1, 20), y.add(y2, 30). The three objects passed to add came back
        // to the host as `own` (YAdd disposes them); the guest drops the three results (the handles it drops after
        // passing them to add are the slots the results took), which disposes them.
        host.Created.Select(y => y.Initial).ShouldBe([10, 30, 1, 2, 30, 50]);
        host.Created.ShouldAllBe(y => y.DisposeCount == 1);
    }

    [ConformanceFact]
    public void Host_uses_the_guest_resources()
    {
        using var resources = Resources.Instantiate(TestComponents.Engine, TestComponents.Conformance("resources"), new ResourceHost());
        var exports = resources.Exports;
        exports.TestImports().IsOk.ShouldBeTrue();

        var x = new X(exports, 5);
        x.GetA().ShouldBe(5);
        x.SetA(10);
        x.GetA().ShouldBe(10);

        using var z1 = new Z(exports, 10);
        z1.GetA().ShouldBe(10);
        using var z2 = new Z(exports, 20);
        z2.GetA().ShouldBe(20);

        using var xAdd = X.Add(exports, x, 5);
        xAdd.GetA().ShouldBe(15);
        x.Handle.IsDisposed.ShouldBeTrue();
        var moved = Should.Throw<ObjectDisposedException>(() => x.GetA());
        moved.Message.ShouldContain("exports#[method]x.get-a");

        using var zAdd = exports.Add(z1, z2);
        zAdd.GetA().ShouldBe(30);
        z1.GetA().ShouldBe(10);
    }

    [ConformanceFact]
    public void Disposed_guest_resource_cannot_be_used()
    {
        using var resources = Resources.Instantiate(TestComponents.Engine, TestComponents.Conformance("resources"), new ResourceHost());
        var z = new Z(resources.Exports, 3);
        z.Dispose();
        z.Dispose();
        Should.Throw<ObjectDisposedException>(() => z.GetA()).Message.ShouldContain("disposed");
        Should.Throw<ObjectDisposedException>(() => resources.Exports.Add(z, z));
    }

    [ConformanceFact]
    public void Consume_moves_the_handle_into_the_guest()
    {
        using var resources = Resources.Instantiate(TestComponents.Engine, TestComponents.Conformance("resources"), new ResourceHost());
        var x = new X(resources.Exports, 1);
        resources.Exports.Consume(x);
        x.Handle.IsDisposed.ShouldBeTrue();
        Should.Throw<ObjectDisposedException>(() => resources.Exports.Consume(x));
    }

    private sealed class ResourceHost : IImports
    {
        public List<HostY> Created { get; } = new();

        public Y CreateY(int a) => Track(new HostY(a));

        public Y YAdd(Y y, int a)
        {
            // The guest gave its `own` handle up: the object is the host's again.
            var sum = Track(new HostY(y.GetA() + a));
            y.Dispose();
            return sum;
        }

        private HostY Track(HostY y)
        {
            Created.Add(y);
            return y;
        }
    }

    private sealed class HostY(int a) : Y
    {
        private int _a = a;

        public int Initial { get; } = a;

        public int DisposeCount { get; private set; }

        public override int GetA() => _a;

        public override void SetA(int a) => _a = a;

        public override void Dispose() => DisposeCount++;
    }
}
#endif
