using System.Collections;

namespace WitBindgen.Runtime.Tests.Wasi.Cli;

/// <summary>
/// <c>wasi:cli/environment</c> and the terminal interfaces: nothing granted by default, exactly what is granted
/// otherwise, the same on both backends.
/// </summary>
public sealed class EnvironmentTests
{
    [Theory]
    [InlineData(ComponentBackend.Wasmtime)]
    [InlineData(ComponentBackend.Direct)]
    public void Nothing_is_granted_by_default(ComponentBackend backend)
    {
        using var run = new WasiRun(backend, EnvironmentComponents.Environment);

        run.Instance.Backend.ShouldBe(backend);
        Arguments(run).ShouldBeEmpty();
        Environment(run).ShouldBeEmpty();
        InitialCwd(run).ShouldBeNull();
        run.Call("terminals", v => v.GetU32()).ShouldBe(0u);
    }

    [Theory]
    [InlineData(ComponentBackend.Wasmtime)]
    [InlineData(ComponentBackend.Direct)]
    public void Granted_arguments_and_variables_are_exactly_those_given(ComponentBackend backend)
    {
        using var run = new WasiRun(backend, EnvironmentComponents.Environment, new WasiConfiguration()
            .WithArgs("prog", "ünï code", "")
            .WithEnvironmentVariable("A", "1")
            .WithEnvironmentVariable("EMPTY", "")
            .WithEnvironmentVariable("A", "2")
            .WithStandardInput("in"u8)
            .CaptureStandardOutput(new WasiOutputBuffer()));

        Arguments(run).ShouldBe(["prog", "ünï code", ""]);
        Environment(run).ShouldBe([("A", "1"), ("EMPTY", ""), ("A", "2")]);
        InitialCwd(run).ShouldBeNull();
        run.Call("terminals", v => v.GetU32()).ShouldBe(0u);
    }

    [Theory]
    [InlineData(ComponentBackend.Wasmtime)]
    [InlineData(ComponentBackend.Direct)]
    public void The_inherited_environment_is_the_host_processs(ComponentBackend backend)
    {
        using var run = new WasiRun(backend, EnvironmentComponents.Environment, new WasiConfiguration().InheritEnvironment());

        var expected = System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .Select(e => ((string)e.Key, (string)e.Value!)).OrderBy(e => e.Item1, StringComparer.Ordinal).ToArray();
        Environment(run).OrderBy(e => e.Name, StringComparer.Ordinal).ToArray().ShouldBe(expected);
    }

    [Fact]
    public void Inherited_arguments_are_the_same_on_both_backends()
    {
        using var wasmtime = new WasiRun(ComponentBackend.Wasmtime, EnvironmentComponents.Environment, new WasiConfiguration().InheritArgs());
        using var direct = new WasiRun(ComponentBackend.Direct, EnvironmentComponents.Environment, new WasiConfiguration().InheritArgs());

        Arguments(wasmtime).ShouldNotBeEmpty();
        Arguments(direct).ShouldBe(Arguments(wasmtime));
    }

    [Fact]
    public void Terminals_are_those_wasmtime_reports_for_inherited_streams()
    {
        var inherit = new WasiConfiguration().InheritStandardInput().InheritStandardOutput().InheritStandardError();
        using var wasmtime = new WasiRun(ComponentBackend.Wasmtime, EnvironmentComponents.Environment, inherit);
        using var direct = new WasiRun(ComponentBackend.Direct, EnvironmentComponents.Environment, inherit);

        direct.Call("terminals", v => v.GetU32()).ShouldBe(wasmtime.Call("terminals", v => v.GetU32()));
    }

    private static string[] Arguments(WasiRun run) => run.Call("arguments", v => v.GetList().ToArray().Select(s => s.GetString()).ToArray());

    private static (string Name, string Value)[] Environment(WasiRun run) =>
        run.Call("environment", v => v.GetList().ToArray().Select(p => (p.GetTupleItems()[0].GetString(), p.GetTupleItems()[1].GetString())).ToArray());

    private static string? InitialCwd(WasiRun run) => run.Call("initial-cwd", v => v.IsSome ? v.GetPayload().GetString() : null);
}
