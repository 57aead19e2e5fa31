using WitBindgen.Runtime.Tests.Wasi;

namespace WitBindgen.Runtime.Tests.Selection;

/// <summary>WAT components for the backend selection tests.</summary>
internal static class SelectionComponents
{
    /// <summary>The project's untyped-call component (tests/components/values/values.wat).</summary>
    public static readonly string Values = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "values", "values.wat"));

    /// <summary>
    /// Exports <c>open: func() -> u32</c>, which returns what <c>wasi:keyvalue/store@0.2.0#open</c> gives: a WASI
    /// interface outside WASI 0.2, which the direct backend's WASI does not implement (a test defines it).
    /// </summary>
    public const string ImportsWasi = """
        (component
          (import "wasi:keyvalue/store@0.2.0" (instance $store
            (export "open" (func (result u32)))))
          (alias export $store "open" (func $get))
          (core func $get-lowered (canon lower (func $get)))
          (core module $m
            (import "wasi" "get" (func $get (result i32)))
            (func (export "open") (result i32) call $get))
          (core instance $i (instantiate $m (with "wasi" (instance (export "get" (func $get-lowered))))))
          (func $open (result u32) (canon lift (core func $i "open")))
          (export "open" (func $open)))
        """;

    /// <summary>
    /// Exports <c>test:sel/api#twice: func(x: u32) -> u32</c> returning <c>2 * test:sel/host#base(x)</c>, and
    /// <c>test:sel/api#shout: func(s: string) -> string</c> returning <c>test:sel/host#upper(s)</c>, through the guest's
    /// memory and realloc both ways.
    /// </summary>
    public const string Imports = $$"""
        (component
          (import "test:sel/host" (instance $host
            (export "base" (func (param "x" u32) (result u32)))
            (export "upper" (func (param "s" string) (result string)))))
          (alias export $host "base" (func $base))
          (alias export $host "upper" (func $upper))
          (core module $mem
            (memory (export "memory") 1)
            (global $next (mut i32) (i32.const 1024))
            {{WasiWat.Realloc}})
          (core instance $mi (instantiate $mem))
          (core func $base-lowered (canon lower (func $base)))
          (core func $upper-lowered (canon lower (func $upper) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (core module $m
            (import "host" "base" (func $base (param i32) (result i32)))
            (import "host" "upper" (func $upper (param i32 i32 i32)))
            (import "mem" "memory" (memory 1))
            (func (export "twice") (param i32) (result i32) (i32.mul (call $base (local.get 0)) (i32.const 2)))
            (func (export "shout") (param i32 i32) (result i32)
              (call $upper (local.get 0) (local.get 1) (i32.const 16))
              (i32.const 16)))
          (core instance $i (instantiate $m
            (with "host" (instance (export "base" (func $base-lowered)) (export "upper" (func $upper-lowered))))
            (with "mem" (instance (export "memory" (memory $mi "memory"))))))
          (func $twice (param "x" u32) (result u32) (canon lift (core func $i "twice")))
          (func $shout (param "s" string) (result string)
            (canon lift (core func $i "shout") (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (instance $api (export "twice" (func $twice)) (export "shout" (func $shout)))
          (export "test:sel/api" (instance $api)))
        """;

    /// <summary>Exports <c>take: func(s: stream&lt;u8&gt;)</c>, a synchronous function whose type uses an async type.</summary>
    public const string Stream = """
        (component
          (core module $m (func (export "take") (param i32)))
          (core instance $i (instantiate $m))
          (type $s (stream u8))
          (func $take (param "s" $s) (canon lift (core func $i "take")))
          (export "take" (func $take)))
        """;
}
