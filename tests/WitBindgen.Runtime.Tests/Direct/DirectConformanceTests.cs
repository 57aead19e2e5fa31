using WitBindgen.Runtime.Backends.Direct;
using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// The wit-component output in the shared conformance material on the direct backend, with every import a trapping
/// stub: each component the backend accepts instantiates (shims, fixups and the preview1 adapter included), the rest
/// are refused by name, and scalar exports give their answers.
/// </summary>
public sealed class DirectConformanceTests(ITestOutputHelper output) : IDisposable
{
    private readonly WasmEngine _engine = CoreModules.Engine();

    public void Dispose() => _engine.Dispose();

    [ConformanceFact]
    public void Every_conformance_component_instantiates_or_is_refused_by_name()
    {
        var engine = _engine;
        var files = Directory.GetFiles(Path.Combine(TestPaths.ConformanceDir("components")!, "wasm"), "*.wasm").Order().ToArray();
        var ran = new List<string>();
        var refused = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            DirectComponent component;
            try
            {
                component = DirectComponent.Load(engine, File.ReadAllBytes(file), name);
            }
            catch (WitRuntimeException error)
            {
                error.Message.ShouldStartWith($"The direct backend cannot run {name}: it uses ");
                refused.Add(error.Message);
                continue;
            }

            using var store = new ComponentStore(engine);
            using var pre = new DirectInstancePre(component, TrappingStubs(component));
            pre.Instantiate(store).CoreInstances.Count.ShouldBe(component.Plan.Instantiations.Count, name);
            ran.Add(name);
        }

        output.WriteLine($"instantiated {ran.Count} of {files.Length}: {string.Join(", ", ran)}");
        refused.ForEach(output.WriteLine);
        ran.ShouldContain("adder.component.wasm");
        ran.ShouldContain("numbers.component.wasm");
        ran.ShouldContain("resources.component.wasm");
    }

    [ConformanceFact]
    public void The_adder_adds()
    {
        var add = Instantiate("adder.component.wasm", out var store).GetExport("docs:adder/add@0.1.0", "add");
        using var _ = store;
        Span<ValRaw> slots = [ValRaw.FromI32(40), ValRaw.FromI32(2)];

        add.Call(slots);

        slots[0].I32.ShouldBe(42);
    }

    [ConformanceFact]
    public void The_numbers_component_roundtrips_scalars_and_keeps_a_scalar()
    {
        var numbers = Instantiate("numbers.component.wasm", out var store);
        using var _ = store;
        const string api = "test:numbers/test";

        Call(numbers.GetExport(api, "roundtrip-s32"), ValRaw.FromI32(int.MinValue)).I32.ShouldBe(int.MinValue);
        Call(numbers.GetExport(api, "roundtrip-u64"), ValRaw.FromI64(-2)).I64.ShouldBe(-2);
        Call(numbers.GetExport(api, "roundtrip-f64"), ValRaw.FromF64(Math.PI)).F64.ShouldBe(Math.PI);
        Call(numbers.GetExport(api, "roundtrip-f32"), ValRaw.FromF32(-1.5f)).F32.ShouldBe(-1.5f);
        Call(numbers.GetExport(api, "set-scalar"), ValRaw.FromI32(1234));
        Call(numbers.GetExport(api, "get-scalar"), default).I32.ShouldBe(1234);
    }

    [ConformanceFact]
    public void A_call_into_a_trapping_wasi_stub_fails_with_the_import_named()
    {
        var numbers = Instantiate("numbers.component.wasm", out var store);
        using var _ = store;

        var error = Should.Throw<InvalidOperationException>(() => numbers.GetExport(null, "test-imports").Call([]));

        error.Message.ShouldStartWith("test:numbers/test#roundtrip-");
        store.IsPoisoned.ShouldBeTrue();
    }

    private static ValRaw Call(DirectExport export, ValRaw argument)
    {
        Span<ValRaw> slots = [argument];
        export.Call(slots);
        return slots[0];
    }

    private DirectInstance Instantiate(string name, out ComponentStore store)
    {
        var component = DirectComponent.Load(_engine, File.ReadAllBytes(Path.Combine(TestPaths.ConformanceDir("components")!, "wasm", name)), name);
        store = new ComponentStore(_engine);
        return new DirectInstancePre(component, TrappingStubs(component)).Instantiate(store);
    }

    private static DirectHostFunctions TrappingStubs(DirectComponent component)
    {
        var hosts = new DirectHostFunctions();
        foreach (var path in component.ImportedFunctions)
        {
            hosts.Define(path, (context, _) => throw new InvalidOperationException(context.FunctionPath + " is a stub on the direct backend"));
        }

        return hosts;
    }
}
