using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Runtime.Tests.Direct.Abi;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Binary.Loading;
using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// The conformance components called through the untyped API on both backends with the same seeded random
/// arguments, the Wasmtime backend (WASI linked) as the oracle: every export that passes no resource and calls no
/// import gives the same results, or the same kind of failure, on the direct backend (imports there are trapping
/// stubs). Exports that reach an import are listed as skipped with the import named.
/// </summary>
public sealed class DirectDifferentialTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 12;

    private readonly WasmEngine _engine = CoreModules.Engine();

    public void Dispose() => _engine.Dispose();

    [ConformanceFact]
    public void Every_export_without_resources_or_imports_gives_what_the_wasmtime_backend_gives()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.ConformanceDir("components")!, "wasm"), "*.wasm").Order().ToArray();
        var ran = new List<string>();
        var skipped = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            DirectComponent direct;
            try
            {
                direct = DirectComponent.Load(_engine, File.ReadAllBytes(file), name);
            }
            catch (WitRuntimeException refused)
            {
                skipped.Add($"{name}: the direct backend refuses it ({refused.Message})");
                continue;
            }

            using var wasmtime = WasmComponent.FromFile(_engine, file);
            using var linker = new ComponentLinker(_engine);
            linker.AddWasiPreview2();
            linker.DefineUnknownImportsAsTraps(wasmtime);
            using var pre = new DirectInstancePre(direct, StubHosts(direct));
            foreach (var (instance, function, type) in Exports(direct.Plan))
            {
                var path = instance is null ? function : instance + "#" + function;
                FunctionAbi abi;
                try
                {
                    abi = FunctionAbi.Create(path, type);
                }
                catch (NotSupportedException unsupported)
                {
                    skipped.Add($"{name} {path}: {unsupported.Message}");
                    continue;
                }

                var outcome = Compare(pre, wasmtime, linker, instance, function, abi, Seed(name + path));
                (outcome is null ? ran : skipped).Add(outcome is null ? $"{name} {path}" : $"{name} {path}: {outcome}");
            }
        }

        output.WriteLine($"ran on both backends ({ran.Count}, {Rounds} seeded calls each):");
        ran.ForEach(output.WriteLine);
        output.WriteLine($"skipped ({skipped.Count}):");
        skipped.ForEach(output.WriteLine);
        ran.ShouldContain("adder.component.wasm docs:adder/add@0.1.0#add");
        ran.ShouldContain("lists.component.wasm test:lists/test#list-roundtrip");
        ran.ShouldContain("lists.component.wasm test:lists/test#string-roundtrip");
        ran.ShouldContain("flavorful.component.wasm test:flavorful/test#errno-result");
        ran.ShouldContain("records.component.wasm test:records/test#roundtrip-record1");
        ran.ShouldContain("variants.component.wasm test:variants/test#variant-typedefs");
        ran.Count.ShouldBeGreaterThanOrEqualTo(40);
    }

    /// <summary>Calls the export <see cref="Rounds"/> times on fresh instances of both backends; null when all agreed, else why it was skipped.</summary>
    private string? Compare(DirectInstancePre pre, WasmComponent wasmtime, ComponentLinker linker, string? instance, string function, FunctionAbi abi, int seed)
    {
        var random = new Random(seed);
        using var directStore = new ComponentStore(_engine);
        using var wasmtimeStore = new ComponentStore(_engine, new WasiConfiguration());
        var direct = pre.Instantiate(directStore).GetExport(instance, function);
        var oracle = linker.Instantiate(wasmtimeStore, wasmtime).GetFunction(instance, function);
        for (var round = 0; round < Rounds; round++)
        {
            var args = abi.Parameters.Select(parameter => RandomComponentVals.Create(parameter, random)).ToArray();
            var text = string.Join(", ", args.Select(arg => ComponentValFormatter.Format(arg)));
            try
            {
                var (directResult, directError) = Run(results => direct.Call(args, results), abi);
                if (directError is InvalidOperationException stub)
                {
                    return $"calls an import ({stub.Message})";
                }

                var (oracleResult, oracleError) = Run(results => oracle.Call(args, results), abi);
                var because = $"{direct.Path}({text}) in round {round}";
                (directError?.GetType()).ShouldBe(oracleError?.GetType(), $"{because}: direct {directError}, wasmtime {oracleError}");
                directResult.ShouldBe(oracleResult, because);
                if (directError is not null)
                {
                    return null;
                }
            }
            finally
            {
                ComponentVal.Free(args);
            }
        }

        return null;
    }

    private static (string? Result, Exception? Error) Run(Action<ComponentVal[]> call, FunctionAbi abi)
    {
        var results = new ComponentVal[abi.Result is null ? 0 : 1];
        try
        {
            call(results);
        }
        catch (Exception error) when (error is WitRuntimeException or InvalidOperationException)
        {
            return (null, error is WitRuntimeException && error.InnerException is InvalidOperationException stub ? stub : error);
        }

        try
        {
            return (results.Length == 0 ? "()" : ComponentValFormatter.Format(results[0]), null);
        }
        finally
        {
            ComponentVal.Free(results);
        }
    }

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

    private static DirectHostFunctions StubHosts(DirectComponent component)
    {
        var hosts = new DirectHostFunctions();
        foreach (var path in component.ImportedFunctions)
        {
            hosts.Define(path, (context, _) => throw new InvalidOperationException(context.FunctionPath + " is a stub on the direct backend"));
        }

        return hosts;
    }
}
