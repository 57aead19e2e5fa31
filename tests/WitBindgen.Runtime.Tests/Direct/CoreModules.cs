using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>Core modules in WAT for the direct backend's core layer, and a store/engine setup without the disk cache.</summary>
internal static class CoreModules
{
    /// <summary>Numbers of every kind in and out, a trap, and a loop that only fuel or a deadline stops.</summary>
    public const string Arithmetic = """
        (module
          (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
          (func (export "mix") (param i64 f32 f64) (result f64)
            (f64.add (f64.add (f64.convert_i64_s (local.get 0)) (f64.promote_f32 (local.get 1))) (local.get 2)))
          (func (export "wide") (param i64) (result i64) (i64.mul (local.get 0) (i64.const 3)))
          (func (export "halve") (param f32) (result f32) (f32.div (local.get 0) (f32.const 2)))
          (func (export "crash") (unreachable))
          (func (export "divide") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
          (func (export "spin") (loop $again (br $again)))
          (func (export "pair") (result i32 i64) (i32.const 7) (i64.const -8)))
        """;

    /// <summary>Calls the host's <c>host.scale</c> and <c>host.fail</c>.</summary>
    public const string CallsHost = """
        (module
          (import "host" "scale" (func $scale (param i32 i64) (result i64)))
          (import "host" "fail" (func $fail (param i32)))
          (func (export "scaled") (param i32) (result i64) (call $scale (local.get 0) (i64.const 10)))
          (func (export "fails") (call $fail (i32.const 5)))
          (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
        """;

    /// <summary>A memory the guest can read, write and grow.</summary>
    public const string Memory = """
        (module
          (memory (export "memory") 1 10)
          (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
          (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
        """;

    /// <summary>A funcref table the host fills, called through <c>call_indirect</c>, and two targets.</summary>
    public const string Table = """
        (module
          (type $binary (func (param i32 i32) (result i32)))
          (table (export "table") 2 funcref)
          (func (export "sub") (type $binary) (i32.sub (local.get 0) (local.get 1)))
          (func (export "mul") (type $binary) (i32.mul (local.get 0) (local.get 1)))
          (func (export "dispatch") (param i32 i32 i32) (result i32)
            (call_indirect (type $binary) (local.get 1) (local.get 2) (local.get 0))))
        """;

    /// <summary>Globals, one mutable counter bumped by a function.</summary>
    public const string Globals = """
        (module
          (global $counter (export "counter") (mut i32) (i32.const 0))
          (global (export "fixed") i64 (i64.const 42))
          (func (export "bump") (result i32)
            (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
            (global.get $counter)))
        """;

    /// <summary>Imports another instance's memory and a host function (store-dependent imports).</summary>
    public const string ImportsMemory = """
        (module
          (import "env" "memory" (memory 1))
          (import "host" "scale" (func $scale (param i32 i64) (result i64)))
          (func (export "peek") (param i32) (result i32) (i32.load8_u (local.get 0)))
          (func (export "scaled") (param i32) (result i64) (call $scale (local.get 0) (i64.const 2))))
        """;

    /// <summary>A start function calling the host's <c>host.fail</c>.</summary>
    public const string FailingStart = """
        (module
          (import "host" "fail" (func $fail (param i32)))
          (func $start (call $fail (i32.const 1)))
          (start $start))
        """;

    /// <summary>
    /// An engine that does not touch the disk cache. Its <see cref="WasmComponent"/>s run on the Wasmtime backend: the
    /// direct backend's tests load their direct side themselves and use Wasmtime's component API as the oracle.
    /// </summary>
    public static WasmEngine Engine(bool fuel = false, bool epochs = false) =>
        new(new WasmEngineOptions { CacheCompiledComponents = false, ConsumeFuel = fuel, EpochInterruption = epochs, Backend = ComponentBackend.Wasmtime });

    /// <summary>Instantiates <paramref name="wat"/> (which imports nothing) in a new store.</summary>
    public static CoreInstance Instantiate(WasmEngine engine, string wat, out ComponentStore store)
    {
        store = new ComponentStore(engine);
        return CoreInstance.Instantiate(CoreStore.For(store), CoreModule.FromWat(engine, wat), []);
    }

    /// <summary>The exported function, failing the test when it is missing.</summary>
    public static CoreFunction Function(this CoreInstance instance, string name) =>
        instance.GetFunction(name) ?? throw new InvalidOperationException($"no export '{name}'");
}
