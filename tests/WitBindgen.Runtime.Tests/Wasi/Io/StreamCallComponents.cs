namespace WitBindgen.Runtime.Tests.Wasi.Io;

/// <summary>A WAT component calling <c>wasi:io/streams</c>' reads and writes on standard input and output directly.</summary>
internal static class StreamCallComponents
{
    /// <summary>
    /// Exports <c>read(len: u64, blocking: bool) -> tuple&lt;u32, list&lt;u8&gt;&gt;</c> (one <c>read</c> or
    /// <c>blocking-read</c> of a fresh stdin stream: status 0 with the bytes, 1 for <c>last-operation-failed</c>, 2 for
    /// <c>closed</c>), <c>write(bytes: list&lt;u8&gt;, blocking: bool) -> u32</c> (one <c>write</c> or
    /// <c>blocking-write-and-flush</c> to a fresh stdout stream, its status), <c>write-many(count: u32, size: u32,
    /// blocking: bool) -> u32</c> (that many writes of <c>size</c> bytes of 'x' to one stream, how many succeeded),
    /// <c>last-allocation: func() -> u32</c> (the size the last realloc call asked for, which the guest's own code never
    /// calls) and <c>break-realloc: func()</c> (realloc returns an out-of-bounds pointer from then on).
    /// </summary>
    public const string Streams = $$"""
        (component $C
          {{WasiWat.StreamsImportHead}}
            (export "[method]input-stream.read" (func (param "self" $borrow-in) (param "len" u64) (result $read-result)))
            (export "[method]input-stream.blocking-read" (func (param "self" $borrow-in) (param "len" u64) (result $read-result)))
            (export "[method]output-stream.write" (func (param "self" $borrow-out) (param "contents" $bytes) (result $write-result)))
            (export "[method]output-stream.blocking-write-and-flush" (func (param "self" $borrow-out) (param "contents" $bytes) (result $write-result)))))
          (alias export $streams "output-stream" (type $output-stream))
          (alias export $streams "input-stream" (type $input-stream))
          {{WasiWat.StdoutImport}}
          {{WasiWat.StdinImport}}
          (core module $mem
            (memory (export "memory") 1)
            (global $next (mut i32) (i32.const 4096))
            ;; A bump allocator that records the size asked at address 0 and, once address 4 is set, returns a pointer
            ;; past the end of the memory.
            (func (export "realloc") (param i32 i32 i32 i32) (result i32)
              (local $p i32)
              (i32.store (i32.const 0) (local.get 3))
              (if (i32.load (i32.const 4)) (then (return (i32.const -16))))
              (local.set $p (global.get $next))
              (global.set $next (i32.add (global.get $next) (i32.and (i32.add (local.get 3) (i32.const 7)) (i32.const -8))))
              (if (i32.gt_u (global.get $next) (i32.mul (memory.size) (i32.const 65536)))
                (then (if (i32.eq (memory.grow (i32.add (i32.shr_u (i32.sub (global.get $next) (i32.mul (memory.size) (i32.const 65536))) (i32.const 16)) (i32.const 1))) (i32.const -1)) (then unreachable))))
              (if (local.get 0) (then (memory.copy (local.get $p) (local.get 0) (local.get 1))))
              (local.get $p)))
          (core instance $mi (instantiate $mem))
          (alias export $streams "[method]input-stream.read" (func $read))
          (alias export $streams "[method]input-stream.blocking-read" (func $blocking-read))
          (alias export $streams "[method]output-stream.write" (func $write))
          (alias export $streams "[method]output-stream.blocking-write-and-flush" (func $blocking-write))
          (alias export $stdout "get-stdout" (func $get-stdout))
          (alias export $stdin "get-stdin" (func $get-stdin))
          (core func $read-l (canon lower (func $read) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (core func $blocking-read-l (canon lower (func $blocking-read) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (core func $write-l (canon lower (func $write) (memory (core memory $mi "memory"))))
          (core func $blocking-write-l (canon lower (func $blocking-write) (memory (core memory $mi "memory"))))
          (core func $get-stdout-l (canon lower (func $get-stdout)))
          (core func $get-stdin-l (canon lower (func $get-stdin)))
          (core func $drop-out (canon resource.drop $output-stream))
          (core func $drop-in (canon resource.drop $input-stream))
          (core func $drop-error (canon resource.drop $error))
          (core module $m
            (import "mem" "memory" (memory 1))
            (import "wasi" "read" (func $read (param i32 i64 i32)))
            (import "wasi" "blocking-read" (func $blocking-read (param i32 i64 i32)))
            (import "wasi" "write" (func $write (param i32 i32 i32 i32)))
            (import "wasi" "blocking-write" (func $blocking-write (param i32 i32 i32 i32)))
            (import "wasi" "get-stdout" (func $get-stdout (result i32)))
            (import "wasi" "get-stdin" (func $get-stdin (result i32)))
            (import "wasi" "drop-out" (func $drop-out (param i32)))
            (import "wasi" "drop-in" (func $drop-in (param i32)))
            (import "wasi" "drop-error" (func $drop-error (param i32)))
            ;; The status of the stream result at 16: 0 ok, 1 last-operation-failed (its error dropped), 2 closed.
            (func $status (result i32)
              (if (i32.eqz (i32.load8_u (i32.const 16))) (then (return (i32.const 0))))
              (if (i32.eqz (i32.load8_u (i32.const 20))) (then (call $drop-error (i32.load (i32.const 24))) (return (i32.const 1))))
              (i32.const 2))
            (func $write-with (param $stream i32) (param $ptr i32) (param $len i32) (param $blocking i32) (result i32)
              (if (local.get $blocking)
                (then (call $blocking-write (local.get $stream) (local.get $ptr) (local.get $len) (i32.const 16)))
                (else (call $write (local.get $stream) (local.get $ptr) (local.get $len) (i32.const 16))))
              (call $status))
            (func (export "read") (param $len i64) (param $blocking i32) (result i32)
              (local $stream i32)
              (local.set $stream (call $get-stdin))
              (if (local.get $blocking)
                (then (call $blocking-read (local.get $stream) (local.get $len) (i32.const 16)))
                (else (call $read (local.get $stream) (local.get $len) (i32.const 16))))
              (call $drop-in (local.get $stream))
              (i32.store (i32.const 32) (call $status))
              (if (i32.load (i32.const 32))
                (then (i64.store (i32.const 36) (i64.const 0)))
                (else (i64.store (i32.const 36) (i64.load (i32.const 20)))))
              (i32.const 32))
            (func (export "write") (param $ptr i32) (param $len i32) (param $blocking i32) (result i32)
              (local $stream i32)
              (local $status i32)
              (local.set $stream (call $get-stdout))
              (local.set $status (call $write-with (local.get $stream) (local.get $ptr) (local.get $len) (local.get $blocking)))
              (call $drop-out (local.get $stream))
              (local.get $status))
            (func (export "write-many") (param $count i32) (param $size i32) (param $blocking i32) (result i32)
              (local $stream i32)
              (local $done i32)
              (memory.fill (i32.const 8192) (i32.const 120) (local.get $size))
              (local.set $stream (call $get-stdout))
              (block $end
                (loop $next
                  (br_if $end (i32.ge_u (local.get $done) (local.get $count)))
                  (br_if $end (call $write-with (local.get $stream) (i32.const 8192) (local.get $size) (local.get $blocking)))
                  (local.set $done (i32.add (local.get $done) (i32.const 1)))
                  (br $next)))
              (call $drop-out (local.get $stream))
              (local.get $done))
            (func (export "last-allocation") (result i32) (i32.load (i32.const 0)))
            (func (export "break-realloc") (i32.store (i32.const 4) (i32.const 1))))
          (core instance $i (instantiate $m
            (with "mem" (instance (export "memory" (memory $mi "memory"))))
            (with "wasi" (instance
              (export "read" (func $read-l))
              (export "blocking-read" (func $blocking-read-l))
              (export "write" (func $write-l))
              (export "blocking-write" (func $blocking-write-l))
              (export "get-stdout" (func $get-stdout-l))
              (export "get-stdin" (func $get-stdin-l))
              (export "drop-out" (func $drop-out))
              (export "drop-in" (func $drop-in))
              (export "drop-error" (func $drop-error))))))
          (func (export "read") (param "len" u64) (param "blocking" bool) (result (tuple u32 (list u8)))
            (canon lift (core func $i "read") (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (func (export "write") (param "bytes" (list u8)) (param "blocking" bool) (result u32)
            (canon lift (core func $i "write") (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (func (export "write-many") (param "count" u32) (param "size" u32) (param "blocking" bool) (result u32)
            (canon lift (core func $i "write-many")))
          (func (export "last-allocation") (result u32) (canon lift (core func $i "last-allocation")))
          (func (export "break-realloc") (canon lift (core func $i "break-realloc"))))
        """;
}
