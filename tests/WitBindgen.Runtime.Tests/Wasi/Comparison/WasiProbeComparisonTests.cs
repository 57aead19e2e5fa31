using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Wasi.Comparison;

/// <summary>
/// The wasi-probe component (tests/components/wasi-probe) does the same on both backends with the same grants: the
/// same results (error texts included), the same stdout and stderr bytes, and the same granted directories
/// afterwards. Skipped with the runtime's reason while the direct backend refuses it.
/// </summary>
public sealed class WasiProbeComparisonTests(ITestOutputHelper output)
{
    public static TheoryData<string> Probe => new() { "wasi-probe" };

    [DirectTheory(typeof(ComparedComponentRefusal), needsConformance: false)]
    [MemberData(nameof(Probe))]
    public void The_probe_does_the_same_on_both_backends(string component)
    {
        var expected = Run(ComparedComponents.OnWasmtime(component));

        // The environment holds non-ASCII text: the direct backend stores a host string as Wasmtime does, by one
        // realloc of its UTF-8 size. Grown from a byte a code unit instead (the spec's sequence for UTF-16 text), it
        // fails the preview1 adapter's import realloc, which only shrinks strings; the adapter then reports the failed
        // assertion through wasi:cli/stderr from inside that realloc, which may_leave forbids (CanonicalABI.md,
        // LiftLowerContext.reallocate and canon_lower's trap_if(not may_leave)), so get-env traps.
        var actual = Run(ComparedComponents.OnDirect(component));

        output.WriteLine(expected);
        expected.ShouldContain("read-file(/data/in.txt) = \"input file\"");
        actual.ShouldBe(expected);
    }

    [Fact]
    public void Two_runs_on_the_Wasmtime_backend_give_the_same_so_a_direct_difference_is_the_backend_s()
    {
        var first = Run(ComparedComponents.OnWasmtime("wasi-probe"));

        var second = Run(ComparedComponents.OnWasmtime("wasi-probe"));

        output.WriteLine(first);
        second.ShouldBe(first);
        first.ShouldContain("write-file(/data/out.txt, written) = \"ok\"");
        first.ShouldContain("out.txt: file of 7 bytes: " + Convert.ToHexString("written"u8));
    }

    /// <summary>Everything the probe does and leaves behind in a store granted arguments, environment, stdin and two directories.</summary>
    private static string Run(WasmComponent component)
    {
        var root = Path.Combine(Path.GetTempPath(), "witbindgen-probe-comparison-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "rw", "sub"));
            Directory.CreateDirectory(Path.Combine(root, "ro"));
            File.WriteAllText(Path.Combine(root, "rw", "in.txt"), "input file");
            File.WriteAllText(Path.Combine(root, "ro", "fixed.txt"), "read only");
            File.WriteAllText(Path.Combine(root, "outside.txt"), "not granted");
            var stdout = new WasiOutputBuffer();
            var stderr = new WasiOutputBuffer();
            var wasi = new WasiConfiguration()
                .WithArgs("probe", "one", "two words")
                .WithEnvironmentVariable("GREETING", "héllo")
                .WithStandardInput("line one\nline two\n"u8)
                .CaptureStandardOutput(stdout)
                .CaptureStandardError(stderr)
                .WithPreopenedDirectory(Path.Combine(root, "rw"), "/data", readOnly: false)
                .WithPreopenedDirectory(Path.Combine(root, "ro"), "/fixed");
            var lines = new List<string>();
            using (var store = new ComponentStore(component.Engine, wasi))
            {
                using var linker = new ComponentLinker(component.Engine);
                linker.AddWasiPreview2();
                var instance = linker.Instantiate(store, component);
                string Call(string function, params string[] arguments)
                {
                    var args = arguments.Select(a => ComponentVal.String(a)).ToArray();
                    var results = new ComponentVal[function is "print" or "eprint" ? 0 : 1];
                    try
                    {
                        instance.GetFunction(null, function).Call(args, results);
                        var line = $"{function}({string.Join(", ", arguments)}) = {(results.Length == 0 ? "()" : ComponentValFormatter.Format(results[0]))}";
                        lines.Add(line);
                        return line;
                    }
                    finally
                    {
                        ComponentVal.Free(args);
                        ComponentVal.Free(results);
                    }
                }

                Call("print", "to stdout \U0001F600");
                Call("eprint", "to stderr");
                Call("get-args");
                Call("get-env", "GREETING");
                Call("get-env", "MISSING");
                Call("read-stdin");
                Call("read-file", "/data/in.txt");
                Call("read-file", "/data/missing.txt");
                Call("read-file", "/data/sub");
                Call("read-file", "/fixed/fixed.txt");
                Call("read-file", "/data/../outside.txt");
                Call("read-file", "/etc/passwd");
                Call("write-file", "/data/out.txt", "written");
                Call("write-file", "/data/sub/deep.txt", "deeper");
                Call("write-file", "/data/in.txt", "replaced");
                Call("write-file", "/data/nowhere/new.txt", "x");
                Call("write-file", "/fixed/new.txt", "x");
                Call("write-file", "/data/../escape.txt", "x");
                Call("print", "after the files");
            }

            lines.Add("stdout " + Convert.ToHexString(stdout.ToArray()));
            lines.Add("stderr " + Convert.ToHexString(stderr.ToArray()));
            lines.AddRange(Suite.PreopenTree.Read(root).Lines);
            return string.Join("\n", lines);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
