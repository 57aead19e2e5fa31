;; Calls the host's imports from its exports, for the direct backend's typed imports: generated bindings implement
;; `add` and `take` through the Canonical ABI (WitBindgen.Host.Tests/Direct/TypedImportTests.cs), and the benchmarks
;; measure the crossing. `pass(n)` hands `take` the first n bytes of memory (17 pages, so 1 MiB fits).
(component
  (import "add" (func $add (param "a" s32) (param "b" s32) (result s32)))
  (import "take" (func $take (param "bytes" (list u8)) (result u64)))
  (core module $libc (memory (export "memory") 17))
  (core instance $libc (instantiate $libc))
  (alias core export $libc "memory" (core memory $mem))
  (core func $add-lowered (canon lower (func $add)))
  (core func $take-lowered (canon lower (func $take) (memory $mem)))
  (core module $m
    (import "host" "add" (func $add (param i32 i32) (result i32)))
    (import "host" "take" (func $take (param i32 i32) (result i64)))
    (func (export "call-add") (param i32 i32) (result i32) (call $add (local.get 0) (local.get 1)))
    (func (export "pass") (param i32) (result i64) (call $take (i32.const 0) (local.get 0))))
  (core instance $i (instantiate $m
    (with "host" (instance (export "add" (func $add-lowered)) (export "take" (func $take-lowered))))))
  (func (export "call-add") (param "a" s32) (param "b" s32) (result s32) (canon lift (core func $i "call-add")))
  (func (export "pass") (param "n" u32) (result u64) (canon lift (core func $i "pass"))))
