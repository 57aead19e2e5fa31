namespace WitBindgen.Runtime.Tests.Wasi.Random;

/// <summary>WAT components that read <c>wasi:random</c>.</summary>
internal static class RandomComponents
{
    /// <summary>
    /// Exports <c>random-bytes(len: u64) -> list&lt;u8&gt;</c>, <c>random-u64</c>, <c>insecure-bytes</c>,
    /// <c>insecure-u64</c> and <c>insecure-seed: func() -> tuple&lt;u64, u64&gt;</c>, each passing the import's result on.
    /// </summary>
    public const string Random = $$"""
        (component
          (import "wasi:random/random@0.2.12" (instance $random
            (export "get-random-bytes" (func (param "len" u64) (result (list u8))))
            (export "get-random-u64" (func (result u64)))))
          (import "wasi:random/insecure@0.2.12" (instance $insecure
            (export "get-insecure-random-bytes" (func (param "len" u64) (result (list u8))))
            (export "get-insecure-random-u64" (func (result u64)))))
          (import "wasi:random/insecure-seed@0.2.12" (instance $seed
            (export "insecure-seed" (func (result (tuple u64 u64))))))
          (core module $mem
            (memory (export "memory") 1)
            (global $next (mut i32) (i32.const 4096))
            {{WasiWat.Realloc}})
          (core instance $mi (instantiate $mem))
          (alias export $random "get-random-bytes" (func $random-bytes))
          (alias export $random "get-random-u64" (func $random-u64))
          (alias export $insecure "get-insecure-random-bytes" (func $insecure-bytes))
          (alias export $insecure "get-insecure-random-u64" (func $insecure-u64))
          (alias export $seed "insecure-seed" (func $insecure-seed))
          (core func $random-bytes-l (canon lower (func $random-bytes) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (core func $random-u64-l (canon lower (func $random-u64)))
          (core func $insecure-bytes-l (canon lower (func $insecure-bytes) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (core func $insecure-u64-l (canon lower (func $insecure-u64)))
          (core func $insecure-seed-l (canon lower (func $insecure-seed) (memory (core memory $mi "memory"))))
          (core module $m
            (import "wasi" "random-bytes" (func $random-bytes (param i64 i32)))
            (import "wasi" "random-u64" (func $random-u64 (result i64)))
            (import "wasi" "insecure-bytes" (func $insecure-bytes (param i64 i32)))
            (import "wasi" "insecure-u64" (func $insecure-u64 (result i64)))
            (import "wasi" "insecure-seed" (func $insecure-seed (param i32)))
            (func (export "random-bytes") (param i64) (result i32) (call $random-bytes (local.get 0) (i32.const 64)) (i32.const 64))
            (func (export "random-u64") (result i64) (call $random-u64))
            (func (export "insecure-bytes") (param i64) (result i32) (call $insecure-bytes (local.get 0) (i32.const 64)) (i32.const 64))
            (func (export "insecure-u64") (result i64) (call $insecure-u64))
            (func (export "insecure-seed") (result i32) (call $insecure-seed (i32.const 64)) (i32.const 64)))
          (core instance $i (instantiate $m
            (with "wasi" (instance
              (export "random-bytes" (func $random-bytes-l))
              (export "random-u64" (func $random-u64-l))
              (export "insecure-bytes" (func $insecure-bytes-l))
              (export "insecure-u64" (func $insecure-u64-l))
              (export "insecure-seed" (func $insecure-seed-l))))))
          (func (export "random-bytes") (param "len" u64) (result (list u8)) (canon lift (core func $i "random-bytes") (memory (core memory $mi "memory"))))
          (func (export "random-u64") (result u64) (canon lift (core func $i "random-u64")))
          (func (export "insecure-bytes") (param "len" u64) (result (list u8)) (canon lift (core func $i "insecure-bytes") (memory (core memory $mi "memory"))))
          (func (export "insecure-u64") (result u64) (canon lift (core func $i "insecure-u64")))
          (func (export "insecure-seed") (result (tuple u64 u64)) (canon lift (core func $i "insecure-seed") (memory (core memory $mi "memory")))))
        """;
}
