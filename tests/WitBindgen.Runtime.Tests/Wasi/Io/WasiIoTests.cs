using WitBindgen.Runtime.Wasi.Io;

namespace WitBindgen.Runtime.Tests.Wasi.Io;

/// <summary>
/// The direct backend's <c>wasi:io</c> run by a component: poll, pollables, the output stream's check-write and flush
/// contract, errors and the parent-child rule, behaving as Wasmtime's WASI does.
/// </summary>
public sealed class WasiIoTests
{
    [Fact]
    public void The_component_runs_on_the_direct_backend()
    {
        using var host = new IoHost();

        host.Instance.Backend.ShouldBe(ComponentBackend.Direct);
    }

    [Fact]
    public void Poll_on_an_empty_list_traps()
    {
        using var host = new IoHost();

        var error = Should.Throw<WitRuntimeException>(() => host.Call("poll-empty"));

        error.ToString().ShouldContain("empty poll list");
    }

    [Fact]
    public void Poll_returns_the_index_of_every_ready_pollable()
    {
        using var host = new IoHost();

        host.Call("poll-mixed").ShouldBe("[1, 3]");
    }

    [Fact]
    public void Poll_waits_until_a_pollable_is_ready_and_never_returns_early()
    {
        using var host = new IoHost();
        var releaser = host.Release(TimeSpan.FromMilliseconds(200));

        var ready = host.Call("poll-later");

        host.Released.ShouldBeTrue();
        ready.ShouldBe("[1]");
        releaser.Join();
    }

    [Fact]
    public void Block_waits_until_the_pollable_is_ready()
    {
        using var host = new IoHost();
        var releaser = host.Release(TimeSpan.FromMilliseconds(200));

        var ready = host.Call("block-later");

        host.Released.ShouldBeTrue();
        ready.ShouldBe("true");
        releaser.Join();
    }

    [Fact]
    public void Dropping_a_stream_while_its_pollable_lives_traps()
    {
        using var host = new IoHost();

        var error = Should.Throw<WitRuntimeException>(() => host.Run("drop-parent-first"));

        error.ToString().ShouldContain("resource has children");
    }

    [Fact]
    public void Dropping_the_pollable_first_lets_the_stream_go()
    {
        using var host = new IoHost();

        host.Call("drop-child-first").ShouldBe("1");
    }

    [Fact]
    public void Check_write_permits_the_streams_budget_and_a_write_of_it_succeeds()
    {
        using var host = new IoHost();

        host.Call("check-write").ShouldBe(WasiSinkOutputStream.CapturedBudget.ToString(System.Globalization.CultureInfo.InvariantCulture));
        host.Call("write", ComponentVal.U32(WasiSinkOutputStream.CapturedBudget)).ShouldBe("0");
        host.Output.ToArray().Length.ShouldBe(WasiSinkOutputStream.CapturedBudget);
    }

    [Fact]
    public void A_write_beyond_the_permit_traps()
    {
        using var host = new IoHost();

        var error = Should.Throw<WitRuntimeException>(() => host.Call("write", ComponentVal.U32(WasiSinkOutputStream.CapturedBudget + 1)));

        error.ToString().ShouldContain("write exceeded budget");
        host.Output.ToArray().ShouldBeEmpty();
    }

    [Fact]
    public void A_write_then_a_flush_both_succeed()
    {
        using var host = new IoHost();

        host.Call("write-then-flush", ComponentVal.U32(5)).ShouldBe("0");
        host.Output.ToArray().Length.ShouldBe(5);
    }

    [Fact]
    public void Blocking_write_and_flush_takes_4096_bytes()
    {
        using var host = new IoHost();

        host.Call("blocking-write", ComponentVal.U32(4096)).ShouldBe("0");
        host.Output.ToArray().Length.ShouldBe(4096);
    }

    [Fact]
    public void Blocking_write_and_flush_of_more_than_4096_bytes_traps()
    {
        using var host = new IoHost();

        var error = Should.Throw<WitRuntimeException>(() => host.Call("blocking-write", ComponentVal.U32(4097)));

        error.ToString().ShouldContain("Buffer too large for blocking-write-and-flush (expected at most 4096)");
        host.Output.ToArray().ShouldBeEmpty();
    }

    [Fact]
    public void A_failed_write_is_last_operation_failed_once_and_closed_after()
    {
        using var host = new IoHost();

        host.Call("failure-then-closed").ShouldBe("1011");
    }

    [Fact]
    public void An_errors_debug_string_says_what_failed_without_host_details()
    {
        using var host = new IoHost();

        var text = host.Call("debug-string");

        text.ShouldBe("\"write failed: I/O error\"");
        text.ShouldNotContain(IoHost.HostDetail);
    }
}
