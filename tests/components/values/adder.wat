;; Calls the host's `add` import from its `call-add` export, for the direct backend's typed imports: generated bindings
;; implement `add` through the Canonical ABI (WitBindgen.Host.Tests/Direct/TypedImportTests.cs) and the benchmarks
;; measure the crossing.
(component
  (import "add" (func $add (param "a" s32) (param "b" s32) (result s32)))
  (core func $add-lowered (canon lower (func $add)))
  (core module $m
    (import "host" "add" (func $add (param i32 i32) (result i32)))
    (func (export "call-add") (param i32 i32) (result i32) (call $add (local.get 0) (local.get 1))))
  (core instance $i (instantiate $m (with "host" (instance (export "add" (func $add-lowered))))))
  (func (export "call-add") (param "a" s32) (param "b" s32) (result s32) (canon lift (core func $i "call-add"))))
