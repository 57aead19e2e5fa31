using System.Text;
using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Testing;

namespace WitBindgen.Runtime.Tests.Resources;

/// <summary>
/// The <c>resources</c> conformance component (a wit-bindgen guest) driven through the value-level API on both
/// backends, the Wasmtime backend as the oracle. It imports WASI, which the direct backend does not provide yet, so
/// there its <c>wasi:*</c> imports are stubs that trap (none is called here).
/// </summary>
public sealed class ResourceConformanceTests
{
    private const string Exports = "exports";
    private const string Imports = "imports";

    [ConformanceFact]
    public void The_resources_component_gives_the_same_transcript_on_both_backends()
    {
        var wasmtime = Run(direct: false);
        var direct = Run(direct: true);

        direct.ShouldBe(wasmtime);
        wasmtime.ShouldStartWith("test-imports=ok;x=5;x=10;z=30;x.add=15;moved=True;");
    }

    private static string Run(bool direct)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.ConformanceDir("components")!, "wasm", "resources.component.wasm"));
        using var engine = new WasmEngine(new WasmEngineOptions { Backend = direct ? ComponentBackend.Direct : ComponentBackend.Wasmtime, CacheCompiledComponents = false });
        var y = new HostResourceType("y");
        var created = new List<Y>();
        var functions = new (string Name, ComponentHostFunction Callback)[]
        {
            ("[constructor]y", (args, results) =>
            {
                var made = new Y(args[0].GetS32());
                created.Add(made);
                results[0] = y.Lower(made, owned: true, "[constructor]y");
            }),
            ("[method]y.get-a", (args, results) => results[0] = ComponentVal.S32(y.Lift<Y>(args[0], "get-a").A)),
            ("[method]y.set-a", (args, _) => y.Lift<Y>(args[0], "set-a").A = args[1].GetS32()),
            ("[static]y.add", (args, results) =>
            {
                var taken = y.Lift<Y>(args[0], "add");
                taken.Dispose();
                var sum = new Y(taken.A + args[1].GetS32());
                created.Add(sum);
                results[0] = y.Lower(sum, owned: true, "add");
            }),
        };

        var transcript = new StringBuilder();
        if (direct)
        {
            var component = DirectComponent.Load(engine, bytes, "resources.component.wasm");
            var hosts = new DirectHostFunctions();
            foreach (var (name, callback) in functions)
            {
                hosts.Define(Imports, name, callback);
            }

            foreach (var path in component.ImportedFunctions.Where(p => p.StartsWith("wasi:", StringComparison.Ordinal)))
            {
                hosts.Define(path, (context, _) => throw new InvalidOperationException(context.FunctionPath + " is a stub"));
            }

            using var store = new ComponentStore(engine);
            using var pre = new DirectInstancePre(component, hosts);
            var instance = pre.Instantiate(store);
            Script(store, (name, args, results) => instance.GetExport(Exports, name).Call(args, results), transcript);
        }
        else
        {
            using var component = WasmComponent.FromBytes(engine, bytes);
            using var linker = new ComponentLinker(engine);
            linker.AddWasiPreview2();
            linker.DefineResource(Imports, "y", y);
            foreach (var (name, callback) in functions)
            {
                linker.DefineFunction(Imports, name, callback);
            }

            using var store = new ComponentStore(engine, new WasiConfiguration());
            var instance = linker.Instantiate(store, component);
            Script(store, (name, args, results) => instance.GetFunction(Exports, name).Call(args, results), transcript);
        }

        transcript.Append("y=").AppendJoin(',', created.Select(c => $"{c.A}/{c.DisposeCount}"));
        return transcript.ToString();
    }

    private delegate void Caller(string name, ReadOnlySpan<ComponentVal> args, Span<ComponentVal> results);

    private static void Script(ComponentStore store, Caller call, StringBuilder transcript)
    {
        ComponentVal Call(string name, int results, params ComponentVal[] args)
        {
            using var scope = ResourceScope.Enter(store, null, name);
            var slots = new ComponentVal[results];
            try
            {
                call(name, args, slots);
            }
            finally
            {
                ComponentVal.Free(args);
            }

            return results == 0 ? default : slots[0];
        }

        string Text(string name, params ComponentVal[] args)
        {
            var result = Call(name, 1, args);
            try
            {
                return result.ToString();
            }
            finally
            {
                result.Dispose();
            }
        }

        ComponentResource Make(string name, params ComponentVal[] args)
        {
            using var scope = ResourceScope.Enter(store, null, name);
            var slots = new ComponentVal[1];
            try
            {
                call(name, args, slots);
                return ComponentResource.Lift(slots[0], name);
            }
            finally
            {
                ComponentVal.Free(args);
                ComponentVal.Free(slots);
            }
        }

        ComponentVal Borrow(ComponentResource resource) => resource.LowerBorrow("argument");

        transcript.Append("test-imports=").Append(Text("test-imports")).Append(';');
        var x = Make("[constructor]x", ComponentVal.S32(5));
        transcript.Append("x=").Append(Text("[method]x.get-a", Borrow(x))).Append(';');
        Call("[method]x.set-a", 0, Borrow(x), ComponentVal.S32(10));
        transcript.Append("x=").Append(Text("[method]x.get-a", Borrow(x))).Append(';');
        var z1 = Make("[constructor]z", ComponentVal.S32(10));
        var z2 = Make("[constructor]z", ComponentVal.S32(20));
        var sum = Make("add", Borrow(z1), Borrow(z2));
        transcript.Append("z=").Append(Text("[method]z.get-a", Borrow(sum))).Append(';');
        var added = Make("[static]x.add", x.LowerOwn("x"), ComponentVal.S32(5));
        transcript.Append("x.add=").Append(Text("[method]x.get-a", Borrow(added))).Append(";moved=").Append(x.IsDisposed).Append(';');
        Call("consume", 0, added.LowerOwn("x"));
        foreach (var z in new[] { z1, z2, sum })
        {
            z.Dispose();
        }

        transcript.Append("z-dropped=").Append(Text("[static]z.num-dropped")).Append(';');
        var kebab = Make("[constructor]kebab-case", ComponentVal.U32(7));
        transcript.Append("kebab=").Append(Text("[static]kebab-case.take-owned", kebab.LowerOwn("k"))).Append(';');
    }

    private sealed class Y(int a) : IDisposable
    {
        public int A { get; set; } = a;

        public int DisposeCount { get; private set; }

        public void Dispose() => DisposeCount++;
    }
}
