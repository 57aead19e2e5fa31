namespace WitBindgen.Runtime.Tests.Wasi.Cli;

/// <summary>WAT components that use <c>wasi:cli</c>'s standard streams, environment and terminals.</summary>
internal static class StdioComponents
{
    /// <summary>
    /// Exports <c>write-out(bytes: list&lt;u8&gt;) -> bool</c> and <c>write-err</c> (one <c>blocking-write-and-flush</c>
    /// on a fresh stdout/stderr stream, true when it succeeded), <c>read-in(len: u64) -> list&lt;u8&gt;</c> (one
    /// <c>blocking-read</c> of stdin, empty once it is closed), <c>arguments</c>, <c>environment</c> and
    /// <c>initial-cwd</c> (the imports' results passed on), <c>terminals: func() -> u32</c> (bit 0, 1, 2 set when
    /// <c>get-terminal-stdin</c>, <c>-stdout</c>, <c>-stderr</c> return a terminal) and <c>check-out</c>,
    /// <c>check-err: func() -> u64</c> (what <c>check-write</c> permits on a fresh stream, u64::MAX when it fails).
    /// </summary>
    public const string Stdio = $$"""
        (component $C
          {{WasiWat.StreamsImportHead}}
            (export "[method]output-stream.blocking-write-and-flush" (func (param "self" $borrow-out) (param "contents" $bytes) (result $write-result)))
            (type $check-result (result u64 (error $se)))
            (export "[method]input-stream.blocking-read" (func (param "self" $borrow-in) (param "len" u64) (result $read-result)))
            (export "[method]output-stream.check-write" (func (param "self" $borrow-out) (result $check-result)))))
          (alias export $streams "output-stream" (type $output-stream))
          (alias export $streams "input-stream" (type $input-stream))
          {{WasiWat.StdoutImport}}
          (import "wasi:cli/stderr@0.2.12" (instance $stderr
            (alias outer $C $output-stream (type $o0))
            (export "output-stream" (type $o (eq $o0)))
            (type $own (own $o))
            (export "get-stderr" (func (result $own)))))
          {{WasiWat.StdinImport}}
          {{WasiWat.CliEnvironmentImports}}
          (core module $mem
            (memory (export "memory") 1)
            (global $next (mut i32) (i32.const 4096))
            {{WasiWat.Realloc}})
          (core instance $mi (instantiate $mem))
          (alias export $streams "[method]output-stream.blocking-write-and-flush" (func $write))
          (alias export $streams "[method]input-stream.blocking-read" (func $read))
          (alias export $streams "[method]output-stream.check-write" (func $check))
          (alias export $stdout "get-stdout" (func $get-stdout))
          (alias export $stderr "get-stderr" (func $get-stderr))
          (alias export $stdin "get-stdin" (func $get-stdin))
          {{WasiWat.CliEnvironmentFuncs}}
          (core func $write-l (canon lower (func $write) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (core func $check-l (canon lower (func $check) (memory (core memory $mi "memory"))))
          (core func $read-l (canon lower (func $read) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (core func $get-stdout-l (canon lower (func $get-stdout)))
          (core func $get-stderr-l (canon lower (func $get-stderr)))
          (core func $get-stdin-l (canon lower (func $get-stdin)))
          (core func $drop-out (canon resource.drop $output-stream))
          (core func $drop-in (canon resource.drop $input-stream))
          (core func $drop-error (canon resource.drop $error))
          (core module $m
            (import "mem" "memory" (memory 1))
            (import "mem" "realloc" (func $realloc (param i32 i32 i32 i32) (result i32)))
            (import "wasi" "write" (func $write (param i32 i32 i32 i32)))
            (import "wasi" "read" (func $read (param i32 i64 i32)))
            (import "wasi" "check" (func $check (param i32 i32)))
            (import "wasi" "get-stdout" (func $get-stdout (result i32)))
            (import "wasi" "get-stderr" (func $get-stderr (result i32)))
            (import "wasi" "get-stdin" (func $get-stdin (result i32)))
            {{WasiWat.CliEnvironmentCoreImports}}
            (import "wasi" "drop-out" (func $drop-out (param i32)))
            (import "wasi" "drop-in" (func $drop-in (param i32)))
            (import "wasi" "drop-error" (func $drop-error (param i32)))
            (func $write-to (param $stream i32) (param $ptr i32) (param $len i32) (result i32)
              (local $ret i32)
              (local.set $ret (call $realloc (i32.const 0) (i32.const 0) (i32.const 4) (i32.const 12)))
              (call $write (local.get $stream) (local.get $ptr) (local.get $len) (local.get $ret))
              (call $drop-out (local.get $stream))
              (if (i32.load8_u (local.get $ret))
                (then
                  (if (i32.eqz (i32.load8_u offset=4 (local.get $ret))) (then (call $drop-error (i32.load offset=8 (local.get $ret)))))
                  (return (i32.const 0))))
              (i32.const 1))
            (func $check-of (param $stream i32) (result i64)
              (call $check (local.get $stream) (i32.const 96))
              (call $drop-out (local.get $stream))
              (if (result i64) (i32.load8_u (i32.const 96)) (then (i64.const -1)) (else (i64.load (i32.const 104)))))
            (func (export "check-out") (result i64) (call $check-of (call $get-stdout)))
            (func (export "check-err") (result i64) (call $check-of (call $get-stderr)))
            (func (export "write-out") (param i32 i32) (result i32) (call $write-to (call $get-stdout) (local.get 0) (local.get 1)))
            (func (export "write-err") (param i32 i32) (result i32) (call $write-to (call $get-stderr) (local.get 0) (local.get 1)))
            (func (export "read-in") (param $len i64) (result i32)
              (local $stream i32)
              (local $ret i32)
              (local.set $stream (call $get-stdin))
              (local.set $ret (call $realloc (i32.const 0) (i32.const 0) (i32.const 4) (i32.const 12)))
              (call $read (local.get $stream) (local.get $len) (local.get $ret))
              (call $drop-in (local.get $stream))
              (if (i32.load8_u (local.get $ret))
                (then
                  (if (i32.eqz (i32.load8_u offset=4 (local.get $ret))) (then (call $drop-error (i32.load offset=8 (local.get $ret)))))
                  (i64.store offset=4 (local.get $ret) (i64.const 0))))
              (i32.add (local.get $ret) (i32.const 4)))
            {{WasiWat.CliEnvironmentCoreFuncs}}
            (func (export "terminals") (result i32)
              (local $bits i32)
              (call $get-terminal-stdin (i32.const 64))
              (local.set $bits (i32.load8_u (i32.const 64)))
              (call $get-terminal-stdout (i32.const 64))
              (local.set $bits (i32.or (local.get $bits) (i32.shl (i32.load8_u (i32.const 64)) (i32.const 1))))
              (call $get-terminal-stderr (i32.const 64))
              (i32.or (local.get $bits) (i32.shl (i32.load8_u (i32.const 64)) (i32.const 2)))))
          (core instance $i (instantiate $m
            (with "mem" (instance (export "memory" (memory $mi "memory")) (export "realloc" (func $mi "realloc"))))
            (with "wasi" (instance
              (export "write" (func $write-l))
              (export "read" (func $read-l))
              (export "check" (func $check-l))
              (export "get-stdout" (func $get-stdout-l))
              (export "get-stderr" (func $get-stderr-l))
              (export "get-stdin" (func $get-stdin-l))
              {{WasiWat.CliEnvironmentCoreExports}}
              (export "drop-out" (func $drop-out))
              (export "drop-in" (func $drop-in))
              (export "drop-error" (func $drop-error))))))
          (func (export "check-out") (result u64) (canon lift (core func $i "check-out")))
          (func (export "check-err") (result u64) (canon lift (core func $i "check-err")))
          (func (export "write-out") (param "bytes" (list u8)) (result bool)
            (canon lift (core func $i "write-out") (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (func (export "write-err") (param "bytes" (list u8)) (result bool)
            (canon lift (core func $i "write-err") (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (func (export "read-in") (param "len" u64) (result (list u8)) (canon lift (core func $i "read-in") (memory (core memory $mi "memory"))))
          {{WasiWat.CliEnvironmentLifts}}
          (func (export "terminals") (result u32) (canon lift (core func $i "terminals"))))
        """;
}
