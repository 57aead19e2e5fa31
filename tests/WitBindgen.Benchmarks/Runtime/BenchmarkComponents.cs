namespace WitBindgen.Benchmarks.Runtime;

/// <summary>The WebAssembly text of the components and modules the runtime benchmarks call.</summary>
internal static class BenchmarkComponents
{
    public const string ApiInterface = "bench:runtime/api";
    public const string BulkInterface = "bench:runtime/bulk";
    public const int MiB = 1 << 20;

    /// <summary>A core module exporting <c>add(i32, i32) -> i32</c>: the floor for a typed call.</summary>
    public const string CoreAdd = """
        (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
        """;

    /// <summary>A component exporting <c>bench:runtime/api#add(a: s32, b: s32) -> s32</c>.</summary>
    public const string ComponentAdd = """
        (component
          (core module $m (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
          (core instance $i (instantiate $m))
          (func $add (param "a" s32) (param "b" s32) (result s32) (canon lift (core func $i "add")))
          (instance $api (export "add" (func $add)))
          (export "bench:runtime/api" (instance $api)))
        """;

    /// <summary>
    /// A component exporting <c>consume(bytes: list&lt;u8&gt;) -> u32</c> (returns the length) and
    /// <c>produce() -> string</c> (a 1 MiB string of 'a' prepared at instantiation), with a fixed-address allocator.
    /// </summary>
    public const string ComponentBulk = """
        (component
          (core module $m
            (memory (export "memory") 40)
            (func (export "realloc") (param i32 i32 i32 i32) (result i32)
              (if (i32.gt_u (local.get 3) (i32.const 0x200000)) (then unreachable))
              i32.const 0x120000)
            (func (export "consume") (param i32 i32) (result i32) local.get 1)
            (func (export "produce") (result i32)
              (i32.store (i32.const 8) (i32.const 0x10000))
              (i32.store (i32.const 12) (i32.const 0x100000))
              i32.const 8)
            (func $init (memory.fill (i32.const 0x10000) (i32.const 97) (i32.const 0x100000)))
            (start $init))
          (core instance $i (instantiate $m))
          (func $consume (param "bytes" (list u8)) (result u32)
            (canon lift (core func $i "consume") (memory (core memory $i "memory")) (realloc (core func $i "realloc"))))
          (func $produce (result string)
            (canon lift (core func $i "produce") (memory (core memory $i "memory")) (realloc (core func $i "realloc"))))
          (instance $api (export "consume" (func $consume)) (export "produce" (func $produce)))
          (export "bench:runtime/bulk" (instance $api)))
        """;
}
