namespace WitBindgen.Runtime.Tests.Wasi.Cli;

/// <summary>
/// <c>wasi:cli/exit</c> ends the guest with a status, never the host process: the call fails with a
/// <see cref="WitRuntimeException"/> carrying <see cref="WitRuntimeException.ExitStatus"/> (not a trap), and the
/// store refuses later calls, the same on both backends.
/// </summary>
public sealed class ExitTests
{
    [Theory]
    [InlineData(ComponentBackend.Wasmtime, "exit-ok", 0)]
    [InlineData(ComponentBackend.Wasmtime, "exit-err", 1)]
    [InlineData(ComponentBackend.Direct, "exit-ok", 0)]
    [InlineData(ComponentBackend.Direct, "exit-err", 1)]
    public void Exit_ends_the_guest_with_its_status_and_the_store_refuses_later_calls(ComponentBackend backend, string export, int status)
    {
        using var run = new WasiRun(backend, ExitComponents.Exit);
        run.Instance.Backend.ShouldBe(backend);

        var error = Should.Throw<WitRuntimeException>(() => run.Call(export));

        error.GetType().ShouldBe(typeof(WitRuntimeException));
        error.ExitStatus.ShouldBe(status);
        error.FunctionName.ShouldBe(export);
        error.Message.ShouldStartWith($"Error while calling '{export}': ");
        error.Message.ShouldContain($"Exited with i32 exit status {status}");
        run.Store.IsPoisoned.ShouldBeTrue();
        run.Store.PoisonedBy.ShouldBeSameAs(error);
        var later = Should.Throw<WitInstancePoisonedException>(() => run.CallU64("answer"));
        later.FunctionName.ShouldBe("answer");
        later.InnerException.ShouldBeSameAs(error);
    }

    [Theory]
    [InlineData(ComponentBackend.Wasmtime, 0)]
    [InlineData(ComponentBackend.Wasmtime, 3)]
    [InlineData(ComponentBackend.Wasmtime, 255)]
    [InlineData(ComponentBackend.Direct, 0)]
    [InlineData(ComponentBackend.Direct, 3)]
    [InlineData(ComponentBackend.Direct, 255)]
    public void Exit_with_code_ends_the_guest_with_that_code(ComponentBackend backend, byte code)
    {
        using var run = new WasiRun(backend, ExitComponents.ExitWithCode);

        var error = Should.Throw<WitRuntimeException>(() => run.Call("exit-with", ComponentVal.U8(code)));

        error.GetType().ShouldBe(typeof(WitRuntimeException));
        error.ExitStatus.ShouldBe(code);
        error.FunctionName.ShouldBe("exit-with");
        error.Message.ShouldContain($"Exited with i32 exit status {code}");
        run.Store.IsPoisoned.ShouldBeTrue();
    }

    [Theory]
    [InlineData(ComponentBackend.Wasmtime)]
    [InlineData(ComponentBackend.Direct)]
    public void Exit_while_instantiating_fails_the_instantiation_with_the_status(ComponentBackend backend)
    {
        var error = Should.Throw<WitRuntimeException>(() => new WasiRun(backend, ExitComponents.ExitOnStart));

        error.GetType().ShouldBe(typeof(WitRuntimeException));
        error.ExitStatus.ShouldBe(1);
        error.Message.ShouldContain("Exited with i32 exit status 1");
        error.Message.ShouldStartWith("Error while instantiating the component: ");
    }
}
