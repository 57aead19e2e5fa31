using Test.TypedHandles.Host;
using Test.TypedHandles.TypedHandlesWorld;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Direct.Handles;

/// <summary>
/// A method of a host resource called by the guest through the typed path lifts its <c>borrow</c> self without
/// allocating (the value path allocates per call): a thousand calls allocate what one does, which is the constructor's
/// and the drop's share.
/// </summary>
public sealed class TypedHandleAllocationTests
{
    [Fact]
    public void Borrowing_a_host_object_on_the_typed_path_allocates_nothing()
    {
        using var component = WasmComponent.FromWat(Engines.Direct, TypedHandleDifferentialTests.Wat());
        using var bindings = TypedHandles.Instantiate(Engines.Direct, component, new LeanHost());
        bindings.GetMany(100).ShouldBe(7u);

        var one = Allocated(() => bindings.GetMany(1).ShouldBe(7u));
        var thousand = Allocated(() => bindings.GetMany(1000).ShouldBe(7u));
        thousand.ShouldBe(one);
    }

    private static long Allocated(Action call)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        call();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>One counter for every constructor call; nothing else is called.</summary>
    private sealed class LeanHost : IHost
    {
        private readonly LeanCounter _counter = new();

        public Counter CreateCounter(uint start) => _counter;

        public Token CreateToken(uint v) => throw new NotSupportedException();

        public Result<Counter, ErrorCode> Open(int start) => throw new NotSupportedException();

        public Counter? Maybe(uint start) => throw new NotSupportedException();

        public Outcome Decide(uint v) => throw new NotSupportedException();

        public uint Sum(Counter[] cs) => throw new NotSupportedException();

        public uint ReadLent(Lent l) => throw new NotSupportedException();

        public uint Consume(Counter c) => throw new NotSupportedException();

        public Counter[] Make(uint n) => throw new NotSupportedException();

        public uint Pair(Counter c, Counter again) => throw new NotSupportedException();
    }

    private sealed class LeanCounter : Counter
    {
        public override uint Get() => 7;

        public override uint Add(byte[] bytes) => throw new NotSupportedException();

        public override Counter Fork() => throw new NotSupportedException();

        public override void Dispose()
        {
        }
    }
}
