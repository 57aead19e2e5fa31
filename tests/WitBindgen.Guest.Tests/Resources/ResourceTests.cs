using System.Runtime.InteropServices;
using System.Text;
using Wasmtime.Components;
using WitBindgen.Guest.Tests.Differential;

namespace WitBindgen.Guest.Tests.Resources;

/// <summary>
/// The generated resource code run on the host. The component's own resource (<c>blob</c>): its built-ins are
/// routed to Wasmtime's handle table (<see cref="HandleTableComponent"/>), whose destructor calls are forwarded to
/// the generated <c>[dtor]blob</c> entry point, and the export entry points are called as the host calls them. The
/// host's resource (<c>counter</c>): the built-ins are recorded, and its handles in records, lists and options are
/// checked against Wasmtime's layout and flattening of the same types with <c>u32</c> in place of the handle.
/// </summary>
public sealed unsafe class ResourceTests : IDisposable
{
    private const uint MemorySize = 1 << 16;
    private readonly ResourceWorld _world = new();
    private readonly HandleTableComponent _table = new();
    private readonly byte* _memory = (byte*)NativeMemory.AlignedAlloc(MemorySize, 16);
    private readonly List<string> _builtins = new();
    private uint _bump = 16;
    private int _destroyedSeen;

    public ResourceTests()
    {
        NativeMemory.Clear(_memory, MemorySize);
        Driver.UseMemory((IntPtr)_memory, MemorySize, Realloc);
        Driver.UseBuiltins(Builtin);
    }

    private IResourceDriver Driver => _world.Driver;

    [Fact]
    public void Constructor_methods_and_destructor_round_trip_through_the_handle_table()
    {
        var handle = Construct("hello");
        var rep = _table.Rep(handle);
        Driver.BlobText(rep).ShouldBe("hello");
        _builtins.ShouldBe(new[] { $"[export]test:res/guest-things [resource-new]blob {rep}" });

        // The host passes the rep of its borrowed handle to methods of the component's own resource.
        Driver.Size(rep).ShouldBe(5);
        var other = Construct(" world");
        var joined = Driver.Concat(rep, _table.Rep(other));
        Driver.BlobText(_table.Rep(joined)).ShouldBe("hello world");
        Driver.LiveBlobs.ShouldBe(3);

        // The host drops its handle: Wasmtime calls the destructor with the rep, which releases and disposes the object.
        _table.Drop(handle);
        ForwardDestructorCalls();
        _table.Destroyed.ShouldBe(new[] { rep });
        Driver.Disposed.ShouldContain("hello");
        Driver.LiveBlobs.ShouldBe(2);
    }

    [Fact]
    public void An_own_parameter_is_resolved_with_resource_rep_and_can_be_dropped_by_the_component()
    {
        var handle = Construct("abcd");
        var rep = _table.Rep(handle);
        _builtins.Clear();

        var area = Driver.Split(handle);
        var first = Read(area);
        var second = Read(area + 4);
        Driver.SplitPost(area);
        ForwardDestructorCalls();

        // split looked the object up by its handle, dropped it (so Wasmtime destroyed it) and returned two new handles.
        _builtins[0].ShouldBe($"[export]test:res/guest-things [resource-rep]blob {handle}");
        _builtins[1].ShouldBe($"[export]test:res/guest-things [resource-drop]blob {handle}");
        _table.Destroyed.ShouldBe(new[] { rep });
        Driver.Disposed.ShouldContain("abcd");
        Driver.BlobText(_table.Rep(first)).ShouldBe("ab");
        Driver.BlobText(_table.Rep(second)).ShouldBe("cd");
        Driver.LiveBlobs.ShouldBe(2);
    }

    [Fact]
    public void Destroying_a_rep_twice_and_handing_an_object_over_twice_are_clear_errors()
    {
        var rep = _table.Rep(Construct("x"));
        Driver.RemoveTwice(rep).ShouldBe($"{rep} is not the rep of a live `blob`: it was never created or was already destroyed");
        Driver.LowerOwnTwice().ShouldBe("this `blob` is already owned by the host: it can be passed as own only once until the host drops it");
    }

    [Fact]
    public void A_static_function_receives_borrowed_reps_from_a_list()
    {
        var reps = new[] { "one", "-", "two" }.Select(t => _table.Rep(Construct(t))).ToArray();
        var ptr = Realloc(0, 0, 4, 12);
        for (var k = 0; k < reps.Length; k++)
        {
            BitConverter.TryWriteBytes(new Span<byte>(_memory + ptr + (4 * k), 4), reps[k]).ShouldBeTrue();
        }

        var joined = Driver.Join((int)ptr, reps.Length);
        Driver.BlobText(_table.Rep(joined)).ShouldBe("one-two");
    }

    [Fact]
    public void Reps_are_reused_after_the_destructor()
    {
        var first = Construct("a");
        var rep = _table.Rep(first);
        _table.Drop(first);
        ForwardDestructorCalls();
        var again = Construct("b");
        _table.Rep(again).ShouldBe(rep);
        Driver.BlobText(rep).ShouldBe("b");
    }

    [Fact]
    public void A_borrowed_host_handle_is_dropped_when_the_export_returns()
    {
        Driver.Peek(7).ShouldBe(70);
        _builtins.ShouldBe(new[] { "test:res/host-things [resource-drop]counter 7" });
        Driver.UsePeekedCounter().ShouldContain("this `counter` was disposed, or its handle was passed as own");
    }

    [Fact]
    public void An_own_host_handle_passed_in_and_returned_moves_without_a_drop()
    {
        var area = Driver.Wrap(9);
        Read(area).ShouldBe(0, "result discriminant ok");
        Read(area + 4).ShouldBe(9);
        _builtins.ShouldBeEmpty();
    }

    [Fact]
    public void Disposing_an_owned_host_handle_drops_it_once_and_moving_it_leaves_nothing_to_drop()
    {
        Driver.LiftOwnAndDisposeTwice(5).ShouldBe(5);
        _builtins.ShouldBe(new[] { "test:res/host-things [resource-drop]counter 5" });
        _builtins.Clear();

        Driver.MoveCounter(6).ShouldStartWith("moved 6, then ");
        Driver.MoveCounter(6).ShouldContain("its handle was passed as own");
        _builtins.ShouldBeEmpty();
    }

    [Fact]
    public void Handles_in_records_lists_and_options_sit_where_Wasmtime_puts_an_i32()
    {
        var standIn = WitText.Resolve("stand-in.wit", ResourceWorld.StandInWit);
        var f = (Wit.Model.WorldFunctionItem)standIn.Worlds.Single().Exports.Single().Item;
        using var component = new MirroredComponent(ComponentWriter.Wat(standIn, new[] { f.Function.Params[0].Type, f.Function.Params[1].Type }));
        Driver.UseMemory(component.MirrorAddress, ComponentWriter.MemorySize, component.Realloc);

        // Memory: C# stores list<holder>; Wasmtime lifts the same bytes as list<record { tag: u8, c: u32, name: string }>.
        var tags = new byte[] { 1, 2, 255 };
        var handles = new[] { 3, 0x7fff_fffe, 11 };
        var names = new[] { "a", "", "handles" };
        component.ResetGuestAllocator();
        var pair = (uint)Driver.StoreHolders(tags, handles, names);
        component.CopyToComponent(MirroredComponent.GuestStart, component.GuestEnd - MirroredComponent.GuestStart);
        var lifted = component.Call("read0", ComponentValue.U32(pair))!.AsList();
        lifted.Select(v => ValueText.Render(standIn, f.Function.Params[0].Type, v))
            .ShouldBe(new[] { "{1,3,\"a\"}", "{2,2147483646,\"\"}", "{255,11,\"handles\"}" });

        // Memory the other way: Wasmtime lowers the records into the component's memory; C# loads them as holders with own counters.
        component.Call("reset");
        component.Call("take0", ComponentValue.List(lifted.ToArray()));
        component.CopyComponentRegion();
        component.CopyFromComponent(0, 8);
        Driver.LoadHolders(0).ShouldBe(new[] { "1:3:a", "2:2147483646:", "255:11:handles" });

        // Flat: Wasmtime flattens option<record { … c: u32 … }>; C# flattens option<holder> to the same slots (but the string's address).
        var value = ComponentValue.Some(lifted[2]);
        var slots = Slots(component.Call("flat1", value)!);
        var ours = Driver.LowerOptionHolder(255, 11, "handles");
        ours.Length.ShouldBe(slots.Length);
        new[] { ours[0], ours[1], ours[2], ours[4] }.ShouldBe(new[] { slots[0], slots[1], slots[2], slots[4] });
        ours[2].ShouldBe(11UL);
    }

    public void Dispose()
    {
        _table.Dispose();
        NativeMemory.AlignedFree(_memory);
    }

    private int Construct(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var ptr = Realloc(0, 0, 1, (uint)bytes.Length);
        bytes.CopyTo(new Span<byte>(_memory + ptr, bytes.Length));
        return Driver.Construct((int)ptr, bytes.Length);
    }

    private int Read(int offset) => BitConverter.ToInt32(new ReadOnlySpan<byte>(_memory + offset, 4));

    private int Builtin(string module, string name, int argument)
    {
        _builtins.Add($"{module} {name} {argument}");
        if (module != "[export]test:res/guest-things")
        {
            return 0;
        }

        switch (name)
        {
            case "[resource-new]blob":
                return _table.New(argument);
            case "[resource-rep]blob":
                return _table.Rep(argument);
            case "[resource-drop]blob":
                _table.Drop(argument);
                ForwardDestructorCalls();
                return 0;
            default:
                throw new InvalidOperationException($"unexpected built-in {name}");
        }
    }

    // Wasmtime called the WAT destructor; in a real component that destructor is the generated [dtor] entry point.
    private void ForwardDestructorCalls()
    {
        var destroyed = _table.Destroyed;
        for (; _destroyedSeen < destroyed.Count; _destroyedSeen++)
        {
            Driver.Destroy(destroyed[_destroyedSeen]);
        }
    }

    private uint Realloc(uint oldPtr, uint oldSize, uint align, uint newSize)
    {
        if (newSize == 0)
        {
            return 0;
        }

        var ptr = (_bump + align - 1) / align * align;
        _bump = ptr + newSize;
        if (_bump > MemorySize)
        {
            throw new InvalidOperationException("out of test memory");
        }

        return ptr;
    }

    private static ulong[] Slots(ComponentValue bytes)
    {
        var list = bytes.AsList();
        var slots = new ulong[list.Count / 8];
        for (var k = 0; k < list.Count; k++)
        {
            slots[k / 8] |= (ulong)list[k].AsU8() << (8 * (k % 8));
        }

        return slots;
    }
}
