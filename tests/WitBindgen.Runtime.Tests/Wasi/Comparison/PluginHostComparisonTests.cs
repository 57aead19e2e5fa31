using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Wasi.Comparison;

/// <summary>
/// The PluginHost example (built beside these tests) prints the same on the direct backend as on the Wasmtime backend,
/// chosen for the whole process with <c>WITBINDGEN_BACKEND</c>; only the measured times of its interrupted calls may
/// differ. Skipped with the runtime's reason while the direct backend refuses its plugin.
/// </summary>
public sealed partial class PluginHostComparisonTests(ITestOutputHelper output)
{
    public static TheoryData<string> Plugin => new() { "plugin" };

    [DirectTheory(typeof(ComparedComponentRefusal), needsConformance: false)]
    [MemberData(nameof(Plugin))]
    public void The_example_prints_the_same_on_both_backends(string component)
    {
        ComparedComponents.PathOf(component).ShouldEndWith("plugin.wasm");
        var expected = Run("wasmtime");

        var actual = Run("direct");

        output.WriteLine(expected);
        expected.ShouldContain("process(\"still working\") on a new instance = 2 words");
        actual.ShouldBe(expected);
    }

    private static string Run(string backend)
    {
        // bin/<configuration>/<framework>/ of this project names the example's output directory.
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var example = Path.Combine(TestPaths.RepoRoot, "examples", "PluginHost", "bin", framework.Parent!.Name, framework.Name, "PluginHost.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(example);
        start.Environment[WasmEngineOptions.BackendEnvironmentVariable] = backend;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{example} on the {backend} backend ran longer than a minute.");
        }

        process.ExitCode.ShouldBe(0, $"{example} on the {backend} backend: {stderr.Result}");
        return Elapsed().Replace(stdout, "stopped after (time) ms");
    }

    [GeneratedRegex(@"stopped after \d+ ms")]
    private static partial Regex Elapsed();
}
