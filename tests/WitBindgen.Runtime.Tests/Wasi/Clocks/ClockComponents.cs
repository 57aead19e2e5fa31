namespace WitBindgen.Runtime.Tests.Wasi.Clocks;

/// <summary>WAT components that read <c>wasi:clocks</c> and wait on its pollables.</summary>
internal static class ClockComponents
{
    /// <summary>
    /// Exports <c>mono-now</c>, <c>mono-resolution</c>, <c>wall-seconds</c>, <c>wall-nanoseconds</c>,
    /// <c>wall-resolution-nanoseconds</c> (u64 each); <c>subscribe-duration(ns: u64)</c> and <c>subscribe-instant(at: u64)</c>
    /// keep one pollable (dropping the one before), <c>ready() -> bool</c> asks it, <c>block()</c> waits on it through
    /// <c>pollable.block</c>, <c>poll-one() -> u32</c> through <c>poll</c> (returning how many indexes were ready) and
    /// <c>release()</c> drops it.
    /// </summary>
    public const string Clocks = $$"""
        (component $C
          (import "wasi:io/poll@0.2.12" (instance $poll
            (export "pollable" (type $p (sub resource)))
            (type $borrow (borrow $p))
            (type $list (list $borrow))
            (export "[method]pollable.ready" (func (param "self" $borrow) (result bool)))
            (export "[method]pollable.block" (func (param "self" $borrow)))
            (export "poll" (func (param "in" $list) (result (list u32))))))
          (alias export $poll "pollable" (type $pollable))
          (import "wasi:clocks/monotonic-clock@0.2.12" (instance $mono
            (alias outer $C $pollable (type $p0))
            (export "pollable" (type $p (eq $p0)))
            (type $own (own $p))
            (export "now" (func (result u64)))
            (export "resolution" (func (result u64)))
            (export "subscribe-instant" (func (param "when" u64) (result $own)))
            (export "subscribe-duration" (func (param "when" u64) (result $own)))))
          (import "wasi:clocks/wall-clock@0.2.12" (instance $wall
            (type $datetime (record (field "seconds" u64) (field "nanoseconds" u32)))
            (export "datetime" (type $d (eq $datetime)))
            (export "now" (func (result $d)))
            (export "resolution" (func (result $d)))))
          (core module $mem
            (memory (export "memory") 1)
            (global $next (mut i32) (i32.const 4096))
            {{WasiWat.Realloc}})
          (core instance $mi (instantiate $mem))
          (alias export $mono "now" (func $mono-now))
          (alias export $mono "resolution" (func $mono-resolution))
          (alias export $mono "subscribe-instant" (func $mono-instant))
          (alias export $mono "subscribe-duration" (func $mono-duration))
          (alias export $wall "now" (func $wall-now))
          (alias export $wall "resolution" (func $wall-resolution))
          (alias export $poll "[method]pollable.ready" (func $ready))
          (alias export $poll "[method]pollable.block" (func $block))
          (alias export $poll "poll" (func $poll-f))
          (core func $mono-now-l (canon lower (func $mono-now)))
          (core func $mono-resolution-l (canon lower (func $mono-resolution)))
          (core func $mono-instant-l (canon lower (func $mono-instant)))
          (core func $mono-duration-l (canon lower (func $mono-duration)))
          (core func $wall-now-l (canon lower (func $wall-now) (memory (core memory $mi "memory"))))
          (core func $wall-resolution-l (canon lower (func $wall-resolution) (memory (core memory $mi "memory"))))
          (core func $ready-l (canon lower (func $ready)))
          (core func $block-l (canon lower (func $block)))
          (core func $poll-l (canon lower (func $poll-f) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (core func $drop-l (canon resource.drop $pollable))
          (core module $m
            (import "mem" "memory" (memory 1))
            (import "wasi" "mono-now" (func $mono-now (result i64)))
            (import "wasi" "mono-resolution" (func $mono-resolution (result i64)))
            (import "wasi" "mono-instant" (func $mono-instant (param i64) (result i32)))
            (import "wasi" "mono-duration" (func $mono-duration (param i64) (result i32)))
            (import "wasi" "wall-now" (func $wall-now (param i32)))
            (import "wasi" "wall-resolution" (func $wall-resolution (param i32)))
            (import "wasi" "ready" (func $ready (param i32) (result i32)))
            (import "wasi" "block" (func $block (param i32)))
            (import "wasi" "poll" (func $poll (param i32 i32 i32)))
            (import "wasi" "drop" (func $drop (param i32)))
            (global $held (mut i32) (i32.const 0))
            (func $release (export "release")
              (if (global.get $held) (then (call $drop (global.get $held)) (global.set $held (i32.const 0)))))
            (func (export "mono-now") (result i64) (call $mono-now))
            (func (export "mono-resolution") (result i64) (call $mono-resolution))
            (func (export "wall-seconds") (result i64) (call $wall-now (i32.const 64)) (i64.load (i32.const 64)))
            (func (export "wall-nanoseconds") (result i64) (call $wall-now (i32.const 64)) (i64.load32_u (i32.const 72)))
            (func (export "wall-resolution-nanoseconds") (result i64)
              (call $wall-resolution (i32.const 64))
              (i64.add (i64.mul (i64.load (i32.const 64)) (i64.const 1000000000)) (i64.load32_u (i32.const 72))))
            (func (export "subscribe-duration") (param i64) (call $release) (global.set $held (call $mono-duration (local.get 0))))
            (func (export "subscribe-instant") (param i64) (call $release) (global.set $held (call $mono-instant (local.get 0))))
            (func (export "ready") (result i32) (call $ready (global.get $held)))
            (func (export "block") (call $block (global.get $held)))
            (func (export "poll-one") (result i32)
              (i32.store (i32.const 128) (global.get $held))
              (call $poll (i32.const 128) (i32.const 1) (i32.const 136))
              (i32.load (i32.const 140))))
          (core instance $i (instantiate $m
            (with "mem" (instance (export "memory" (memory $mi "memory"))))
            (with "wasi" (instance
              (export "mono-now" (func $mono-now-l))
              (export "mono-resolution" (func $mono-resolution-l))
              (export "mono-instant" (func $mono-instant-l))
              (export "mono-duration" (func $mono-duration-l))
              (export "wall-now" (func $wall-now-l))
              (export "wall-resolution" (func $wall-resolution-l))
              (export "ready" (func $ready-l))
              (export "block" (func $block-l))
              (export "poll" (func $poll-l))
              (export "drop" (func $drop-l))))))
          (func (export "mono-now") (result u64) (canon lift (core func $i "mono-now")))
          (func (export "mono-resolution") (result u64) (canon lift (core func $i "mono-resolution")))
          (func (export "wall-seconds") (result u64) (canon lift (core func $i "wall-seconds")))
          (func (export "wall-nanoseconds") (result u64) (canon lift (core func $i "wall-nanoseconds")))
          (func (export "wall-resolution-nanoseconds") (result u64) (canon lift (core func $i "wall-resolution-nanoseconds")))
          (func (export "subscribe-duration") (param "ns" u64) (canon lift (core func $i "subscribe-duration")))
          (func (export "subscribe-instant") (param "at" u64) (canon lift (core func $i "subscribe-instant")))
          (func (export "ready") (result bool) (canon lift (core func $i "ready")))
          (func (export "block") (canon lift (core func $i "block")))
          (func (export "poll-one") (result u32) (canon lift (core func $i "poll-one")))
          (func (export "release") (canon lift (core func $i "release"))))
        """;

    /// <summary>
    /// Exports <c>utc-offset(seconds: u64) -> s32</c>, <c>zone-name(seconds: u64) -> string</c> and
    /// <c>daylight-saving(seconds: u64) -> bool</c>, each from <c>wasi:clocks/timezone</c> for that instant.
    /// </summary>
    public const string Timezone = $$"""
        (component $C
          (import "wasi:clocks/wall-clock@0.2.12" (instance $wall
            (type $dt (record (field "seconds" u64) (field "nanoseconds" u32)))
            (export "datetime" (type $d (eq $dt)))))
          (alias export $wall "datetime" (type $datetime))
          (import "wasi:clocks/timezone@0.2.12" (instance $tz
            (alias outer $C $datetime (type $d0))
            (export "datetime" (type $d (eq $d0)))
            (type $display (record (field "utc-offset" s32) (field "name" string) (field "in-daylight-saving-time" bool)))
            (export "timezone-display" (type $td (eq $display)))
            (export "display" (func (param "when" $d) (result $td)))
            (export "utc-offset" (func (param "when" $d) (result s32)))))
          (core module $mem
            (memory (export "memory") 1)
            (global $next (mut i32) (i32.const 4096))
            {{WasiWat.Realloc}})
          (core instance $mi (instantiate $mem))
          (alias export $tz "display" (func $display))
          (alias export $tz "utc-offset" (func $utc-offset))
          (core func $display-l (canon lower (func $display) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
          (core func $utc-offset-l (canon lower (func $utc-offset)))
          (core module $m
            (import "mem" "memory" (memory 1))
            (import "wasi" "display" (func $display (param i64 i32 i32)))
            (import "wasi" "utc-offset" (func $utc-offset (param i64 i32) (result i32)))
            (func (export "utc-offset") (param i64) (result i32) (call $utc-offset (local.get 0) (i32.const 0)))
            (func (export "zone-name") (param i64) (result i32) (call $display (local.get 0) (i32.const 0) (i32.const 64)) (i32.const 68))
            (func (export "daylight-saving") (param i64) (result i32) (call $display (local.get 0) (i32.const 0) (i32.const 64)) (i32.load8_u (i32.const 76))))
          (core instance $i (instantiate $m
            (with "mem" (instance (export "memory" (memory $mi "memory"))))
            (with "wasi" (instance (export "display" (func $display-l)) (export "utc-offset" (func $utc-offset-l))))))
          (func (export "utc-offset") (param "seconds" u64) (result s32) (canon lift (core func $i "utc-offset")))
          (func (export "zone-name") (param "seconds" u64) (result string) (canon lift (core func $i "zone-name") (memory (core memory $mi "memory"))))
          (func (export "daylight-saving") (param "seconds" u64) (result bool) (canon lift (core func $i "daylight-saving"))))
        """;
}
