using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Runtime.Tests.Direct.Abi;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Tests.Wasi.Comparison;

/// <summary>
/// Calls every export of a component that passes no resource with the same seeded random arguments on both backends
/// through the public API: each backend's instance linked the same way (WASI, every other import a trap) in a store
/// capturing stdout and stderr. Records, per call, the result or the kind of failure, and the bytes written.
/// </summary>
internal static class ExportComparison
{
    /// <summary>The calls made of each export.</summary>
    public const int Rounds = 8;

    /// <summary>How long one call may run (the plugin's <c>spin</c> never returns).</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>How much memory one store may use (the plugin's <c>hog</c> takes what it is given).</summary>
    private const long MemoryLimit = 64 << 20;

    /// <summary>The transcript of calling <paramref name="component"/>'s exports on its engine's backend.</summary>
    public static IReadOnlyList<string> Transcript(WasmComponent component, string path)
    {
        var plan = ComponentLoader.Load(File.ReadAllBytes(path));
        using var linker = new ComponentLinker(component.Engine);
        linker.AddWasiPreview2();
        linker.DefineUnknownImportsAsTraps(component);
        var lines = new List<string>();
        foreach (var (instance, function, type) in Exports(plan))
        {
            var name = instance is null ? function : instance + "#" + function;
            FunctionAbi abi;
            try
            {
                abi = FunctionAbi.Create(name, type);
            }
            catch (NotSupportedException unsupported)
            {
                lines.Add($"{name}: not called ({unsupported.Message})");
                continue;
            }

            Call(linker, component, instance, function, abi, new System.Random(Seed(name)), lines);
        }

        return lines;
    }

    private static void Call(ComponentLinker linker, WasmComponent component, string? instance, string function, FunctionAbi abi, System.Random random, List<string> lines)
    {
        var stdout = new WasiOutputBuffer();
        var stderr = new WasiOutputBuffer();
        using var store = new ComponentStore(component.Engine, new WasiConfiguration().CaptureStandardOutput(stdout).CaptureStandardError(stderr))
        {
            CallTimeout = Timeout,
            Limits = new StoreLimits { MaxMemoryBytes = MemoryLimit },
        };
        var export = linker.Instantiate(store, component).GetFunction(instance, function);
        var name = export.Name;
        for (var round = 0; round < Rounds; round++)
        {
            var args = abi.Parameters.Select(parameter => RandomComponentVals.Create(parameter, random)).ToArray();
            var results = new ComponentVal[abi.Result is null ? 0 : 1];
            var call = $"{export.Name}({string.Join(", ", args.Select(arg => ComponentValFormatter.Format(arg)))})";
            try
            {
                export.Call(args, results);
                lines.Add($"{call} = {(results.Length == 0 ? "()" : ComponentValFormatter.Format(results[0]))}");
            }
            catch (Exception error) when (error is WitRuntimeException or WitTimeoutException)
            {
                // The store is poisoned after a trap: the export's later rounds cannot run on either backend.
                lines.Add($"{call} failed: {Failure(error)}");
                break;
            }
            finally
            {
                ComponentVal.Free(args);
                ComponentVal.Free(results);
            }
        }

        // After the store is gone: the Wasmtime backend may hold back what the guest wrote until then.
        store.Dispose();
        lines.Add($"{name} wrote stdout {Convert.ToHexString(stdout.ToArray())}, stderr {Convert.ToHexString(stderr.ToArray())}");
    }

    /// <summary>
    /// The kind of failure: a limit or a poisoned store by its exception type, and any other failed call as one kind,
    /// because the Wasmtime backend reports some guest traps as a plain <see cref="WitRuntimeException"/> (Wasmtime
    /// hands back an error whose cause is the trap) where the direct backend reports a <see cref="WitTrapException"/>.
    /// </summary>
    private static string Failure(Exception error) => error.GetType() == typeof(WitRuntimeException) || error.GetType() == typeof(WitTrapException)
        ? "trap"
        : error.GetType().Name;

    private static IEnumerable<(string? Instance, string Function, FuncNode Type)> Exports(ComponentPlan plan)
    {
        foreach (var export in plan.Exports)
        {
            if (export.Definition is LiftedFunction lifted)
            {
                yield return (null, export.Name, lifted.Type);
            }
            else if (export.Definition is DefinedInstance defined)
            {
                foreach (var (name, item) in defined.Exports)
                {
                    if (item is LiftedFunction function)
                    {
                        yield return (export.Name, name, function.Type);
                    }
                }
            }
        }
    }

    private static int Seed(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
