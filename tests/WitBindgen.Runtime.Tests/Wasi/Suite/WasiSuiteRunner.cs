using System.Collections.Concurrent;
using System.Security.Cryptography;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Tests.Wasi.Suite;

/// <summary>
/// Runs wasi-testsuite programs as ORIGIN.md describes: a fresh store each, the specification's arguments and
/// environment, stdout and stderr captured, the root copied to a temporary directory and preopened as <c>/</c>. One
/// engine and one linker per backend serve the whole suite, so the direct backend compiles a core module the
/// programs share (the preview1 adapter) once; each program's component is loaded once per backend.
/// </summary>
internal static class WasiSuiteRunner
{
    /// <summary>The longest one program may run before the runtime interrupts it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private const string RunInterface = "wasi:cli/run@0.2.0";

    private static readonly Lazy<Backend> Wasmtime = new(() => new Backend(ComponentBackend.Wasmtime));
    private static readonly Lazy<Backend> Direct = new(() => new Backend(ComponentBackend.Direct));
    private static readonly ConcurrentDictionary<string, Lazy<WasiSuiteOutcome>> WasmtimeOutcomes = new(StringComparer.Ordinal);

    /// <summary>The engine the direct runs share (its cache counts the core modules the suite loads).</summary>
    public static WasmEngine DirectEngine => Direct.Value.Engine;

    /// <summary>The engine the Wasmtime runs share.</summary>
    public static WasmEngine WasmtimeEngine => Wasmtime.Value.Engine;

    /// <summary>
    /// The program's outcome on the Wasmtime backend: run once, then remembered for the comparisons, unless
    /// <paramref name="remember"/> is false (then run again).
    /// </summary>
    public static WasiSuiteOutcome RunOnWasmtime(WasiSuiteProgram program, bool remember = true) => remember
        ? WasmtimeOutcomes.GetOrAdd(program.Name, _ => new Lazy<WasiSuiteOutcome>(() => Wasmtime.Value.Run(program))).Value
        : Wasmtime.Value.Run(program);

    /// <summary>The program's outcome on the direct backend.</summary>
    public static WasiSuiteOutcome RunOnDirect(WasiSuiteProgram program) => Direct.Value.Run(program);

    /// <summary>Why the direct backend refuses the program's component, or null when it accepts it.</summary>
    public static string? DirectRefusal(WasiSuiteProgram program)
    {
        try
        {
            Direct.Value.Component(program);
            return null;
        }
        catch (WitRuntimeException error)
        {
            return error.Message;
        }
    }

    /// <summary>The SHA-256 of each core module the program's component embeds.</summary>
    public static IEnumerable<string> CoreModuleHashes(WasiSuiteProgram program) =>
        ComponentLoader.Load(File.ReadAllBytes(program.ComponentPath)).Modules.Select(module => Convert.ToHexString(SHA256.HashData(module.Content)));

    /// <summary>One backend's engine, linker and loaded components.</summary>
    private sealed class Backend
    {
        private readonly ComponentLinker _linker;
        private readonly ConcurrentDictionary<string, Lazy<WasmComponent>> _components = new(StringComparer.Ordinal);

        public Backend(ComponentBackend backend)
        {
            Engine = new WasmEngine(new WasmEngineOptions { Backend = backend, EpochInterruption = true });
            _linker = new ComponentLinker(Engine);
            _linker.AddWasiPreview2();
        }

        public WasmEngine Engine { get; }

        public WasmComponent Component(WasiSuiteProgram program) =>
            _components.GetOrAdd(program.Name, _ => new Lazy<WasmComponent>(() => WasmComponent.FromFile(Engine, program.ComponentPath))).Value;

        public WasiSuiteOutcome Run(WasiSuiteProgram program)
        {
            var component = Component(program);
            var stdout = new WasiOutputBuffer();
            var stderr = new WasiOutputBuffer();
            var wasi = new WasiConfiguration().WithArgs(program.GuestArgs).CaptureStandardOutput(stdout).CaptureStandardError(stderr);
            foreach (var (name, value) in program.Environment)
            {
                wasi.WithEnvironmentVariable(name, value);
            }

            var root = program.RootPath is { } source ? CopyRoot(source) : null;
            try
            {
                if (root is not null)
                {
                    wasi.WithPreopenedDirectory(root, "/", readOnly: false);
                }

                int? exitCode = null;
                string? trap = null;
                string? trapMessage = null;
                using (var store = new ComponentStore(Engine, wasi) { CallTimeout = Timeout })
                {
                    try
                    {
                        exitCode = RunToEnd(_linker.Instantiate(store, component));
                    }
                    catch (WitRuntimeException error) when (error.ExitStatus is { } status)
                    {
                        exitCode = status;
                    }
                    catch (Exception error) when (error is WitRuntimeException or WitTimeoutException)
                    {
                        trap = error.GetType().Name;
                        trapMessage = error.Message;
                    }
                }

                return new(exitCode, trap, trapMessage, stdout.ToArray(), stderr.ToArray(), root is null ? PreopenTree.Empty : PreopenTree.Read(root));
            }
            finally
            {
                if (root is not null)
                {
                    Directory.Delete(root, recursive: true);
                }
            }
        }

        private static int RunToEnd(ComponentInstance instance)
        {
            var results = new ComponentVal[1];
            try
            {
                instance.GetFunction(RunInterface, "run").Call([], results);
                return results[0].IsOk ? 0 : 1;
            }
            finally
            {
                ComponentVal.Free(results);
            }
        }
    }

    /// <summary>A writable copy of <paramref name="source"/> in a new temporary directory (the suite's files are read-only).</summary>
    private static string CopyRoot(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "witbindgen-wasi-suite-" + Guid.NewGuid().ToString("N"));
        Copy(new DirectoryInfo(source), target);
        return target;
    }

    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var entry in source.EnumerateFileSystemInfos())
        {
            var path = Path.Combine(target, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(path, link);
            }
            else if (entry is DirectoryInfo directory)
            {
                Copy(directory, path);
            }
            else
            {
                File.Copy(entry.FullName, path);
                MakeWritable(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        MakeWritable(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static void MakeWritable(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, mode);
        }
    }
}
