using System.Text;
using WitBindgen.Testing;
using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Resources;

/// <summary>
/// tests/components/resources/shapes.wat and both.wat through the value-level API on both backends, the Wasmtime
/// backend as the oracle: each run writes a transcript of results, exception types and host objects destroyed, and
/// the two transcripts must be equal.
/// </summary>
public sealed class ResourceShapesTests(ITestOutputHelper output)
{
    [Fact]
    public void Shapes_gives_the_same_transcript_on_both_backends()
    {
        var wasmtime = Shapes(ComponentBackend.Wasmtime);
        output.WriteLine(wasmtime);

        Shapes(ComponentBackend.Direct).ShouldBe(wasmtime);
        wasmtime.ShouldContain("use-host=");
        wasmtime.ShouldContain("misuse=WitRuntimeException");
    }

    [Fact]
    public void Both_gives_the_same_transcript_on_both_backends()
    {
        var wasmtime = Both(ComponentBackend.Wasmtime);
        output.WriteLine(wasmtime);

        Both(ComponentBackend.Direct).ShouldBe(wasmtime);
        wasmtime.ShouldContain("toplevel-export=");
    }

    private static string Shapes(ComponentBackend backend)
    {
        using var run = new Run(backend, "shapes.wat");
        const string host = "test:shapes/host-api";
        const string shared = "test:shapes/shared";
        const string guest = "test:shapes/guest-api";
        var counter = run.Resource(host, "counter");
        var cell = run.Resource(shared, "cell");
        run.Linker.DefineFunction(host, "[constructor]counter", (args, results) => results[0] = run.Own(counter, args[0].GetS32()));
        run.Linker.DefineFunction(host, "[method]counter.get", (args, results) => results[0] = ComponentVal.S32(run.Value(counter, args[0])));
        run.Linker.DefineFunction(host, "[method]counter.bump", (args, _) => counter.Lift<Run.Thing>(args[0], "bump").Value += args[1].GetS32());
        run.Linker.DefineFunction(host, "[static]counter.open", (args, results) => results[0] = args[0].GetS32() < 0
            ? ComponentVal.Err(ComponentVal.String("negative"))
            : ComponentVal.Ok(run.Own(counter, args[0].GetS32())));
        run.Linker.DefineFunction(host, "sum", (args, results) =>
        {
            var fields = args[0].GetRecordFields();
            results[0] = ComponentVal.S32(run.Value(counter, fields[0].Value) + run.Value(counter, fields[1].Value));
        });
        run.Linker.DefineFunction(host, "make-many", (args, results) =>
            results[0] = ComponentVal.List(Enumerable.Range(0, (int)args[0].GetU32()).Select(i => run.Own(counter, 50 + i)).ToArray()));
        run.Linker.DefineFunction(shared, "[constructor]cell", (args, results) => results[0] = run.Own(cell, args[0].GetS32()));
        run.Linker.DefineFunction(shared, "[method]cell.get", (args, results) => results[0] = ComponentVal.S32(run.Value(cell, args[0])));
        run.Instantiate();

        run.Record("use-host", () => run.Text(guest, "use-host", ComponentVal.S32(3)));
        var token = run.Make(guest, "[constructor]token", value => value.IsOk ? ComponentResource.Lift(value.GetPayload(), "token") : null, ComponentVal.S32(4))!;
        run.Record("token-error", () => run.Text(guest, "[constructor]token", ComponentVal.S32(-1)));
        run.Record("value", () => run.Text(guest, "[method]token.value", token.LowerBorrow("self")));
        run.Record("read-view", () =>
        {
            var view = ComponentVal.NewRecord(2);
            view.SetRecordField(0, "t", token.LowerBorrow("t"));
            view.SetRecordField(1, "extra", ComponentVal.S32(10));
            return run.Text(guest, "read-view", view);
        });
        var tokens = run.Make(guest, "tokens", value => value.GetListItems().ToArray().Select(item => ComponentResource.Lift(item, "tokens")).ToArray(), ComponentVal.U32(3))!;
        run.Record("total", () => run.Text(guest, "total", ComponentVal.List(tokens.Select(t => t.LowerBorrow("ts")).ToArray())));
        var found = run.Make(guest, "find", value => value.IsSome ? ComponentResource.Lift(value.GetPayload(), "find") : null, ComponentVal.S32(8));
        run.Record("none", () => run.Text(guest, "find", ComponentVal.S32(-8)));
        foreach (var resource in tokens.Append(token).Append(found!))
        {
            resource.Dispose();
        }

        run.Record("dropped", () => run.Text(guest, "dropped"));
        var lent = new Run.Thing(21, run.Destroyed);
        run.Record("peek-counter", () => run.Text(guest, "peek-counter", counter.Lower(lent, owned: false, "c")));
        run.Record("adopt", () => run.Text(guest, "adopt", counter.Lower(new Run.Thing(22, run.Destroyed), owned: true, "c")));
        run.Record("keep", () => run.Text(guest, "keep", 0, ComponentVal.S32(30)));
        run.Record("release", () => run.Text(guest, "release", 0));
        var guestCell = run.Make(shared, "[constructor]cell", value => ComponentResource.Lift(value, "cell"), ComponentVal.S32(12))!;
        run.Record("cell", () => run.Text(shared, "[method]cell.get", guestCell.LowerBorrow("self")));
        guestCell.Dispose();
        run.Record("misuse", () => run.Text(guest, "misuse", 0));
        return run.Transcript();
    }

    private static string Both(ComponentBackend backend)
    {
        using var run = new Run(backend, "both.wat");
        const string test = "test:both/test";
        var thing = run.Resource(test, "thing");
        run.Linker.DefineFunction(test, "[constructor]thing", (args, results) => results[0] = run.Own(thing, (int)args[0].GetU32()));
        run.Linker.DefineFunction(test, "[method]thing.foo", (args, results) => results[0] = ComponentVal.U32((uint)run.Value(thing, args[0]) + 1));
        run.Linker.DefineFunction(null, "toplevel-import", (args, results) =>
        {
            var taken = thing.Lift<Run.Thing>(args[0], "toplevel-import");
            results[0] = run.Own(thing, taken.Value * 2);
            taken.Dispose();
        });
        run.Instantiate();

        var guestThing = run.Make(test, "[constructor]thing", value => ComponentResource.Lift(value, "thing"), ComponentVal.U32(3))!;
        run.Record("foo", () => run.Text(test, "[method]thing.foo", guestThing.LowerBorrow("self")));
        guestThing.Dispose();
        run.Record("toplevel-export", () =>
        {
            var result = run.Make(null, "toplevel-export", value => thing.Lift<Run.Thing>(value, "result"), thing.Lower(new Run.Thing(5, run.Destroyed), owned: true, "a"))!;
            return result.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        return run.Transcript();
    }

    /// <summary>One instance of a resources component on one backend, and the transcript of what happened.</summary>
    private sealed class Run : IDisposable
    {
        private readonly WasmEngine _engine;
        private readonly WasmComponent _component;
        private readonly StringBuilder _transcript = new();
        private ComponentStore? _store;
        private ComponentInstance? _instance;
        private ResourceScope.Exit _scope;

        public Run(ComponentBackend backend, string file)
        {
            Backend = backend;
            _engine = new WasmEngine(new WasmEngineOptions { Backend = backend, CacheCompiledComponents = false });
            _component = WasmComponent.FromWat(_engine, File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "components", "resources", file)));
            Linker = new ComponentLinker(_engine);
        }

        public ComponentBackend Backend { get; }

        public ComponentLinker Linker { get; }

        public List<int> Destroyed { get; } = [];

        public HostResourceType Resource(string instance, string name)
        {
            var type = new HostResourceType(name);
            Linker.DefineResource(instance, name, type);
            return type;
        }

        public ComponentVal Own(HostResourceType type, int value) => type.Lower(new Thing(value, Destroyed), owned: true, type.Name);

        public int Value(HostResourceType type, in ComponentVal value) => type.Lift<Thing>(value, type.Name).Value;

        public void Instantiate()
        {
            _store = new ComponentStore(_engine);
            _instance = Linker.Instantiate(_store, _component);
            _instance.Backend.ShouldBe(Backend);

            // One scope for the whole script, so arguments can be made before each call.
            _scope = ResourceScope.Enter(_store, null, "script");
        }

        public void Record(string what, Func<string?> step)
        {
            string outcome;
            try
            {
                outcome = step() ?? "()";
            }
            catch (WitRuntimeException error)
            {
                outcome = error.GetType().Name;
            }

            _transcript.Append(what).Append('=').Append(outcome).Append(';');
        }

        public string? Text(string? instance, string name, params ComponentVal[] args) => Text(instance, name, 1, args);

        public string? Text(string? instance, string name, int results, params ComponentVal[] args) =>
            Make(instance, name, value => value.ToString(), results, args);

        public T? Make<T>(string? instance, string name, Func<ComponentVal, T> read, params ComponentVal[] args) => Make(instance, name, read, 1, args);

        public string Transcript() => _transcript.Append("destroyed=").AppendJoin(',', Destroyed).ToString();

        public void Dispose()
        {
            _scope.Dispose();
            _store?.Dispose();
            Linker.Dispose();
            _component.Dispose();
            _engine.Dispose();
        }

        private T? Make<T>(string? instance, string name, Func<ComponentVal, T> read, int resultCount, ComponentVal[] args)
        {
            var function = _instance!.GetFunction(instance, name);
            var results = new ComponentVal[resultCount];
            try
            {
                function.Call(args, results);
                return resultCount == 0 ? default : read(results[0]);
            }
            finally
            {
                ComponentVal.Free(args);
                ComponentVal.Free(results);
            }
        }

        /// <summary>A host object: a value the guest can change, and the list its destruction is recorded in.</summary>
        internal sealed class Thing(int value, List<int> destroyed) : IDisposable
        {
            public int Value { get; set; } = value;

            public void Dispose() => destroyed.Add(Value);
        }
    }
}
