;; Donut wrapping (CanonicalABI.md's entering_set examples): a root component P whose core code calls child
;; components, and a child that calls back into P through a function P lifts.
;;  - run(slot): P's core module $m1 calls C1's `enter`, which calls P's `back(slot)`; `back` calls through slot 0 or 1
;;    of P's table: C1's `leaf` (slot 0: C1 is already on the stack, so the call traps) or C2's `leaf` (slot 1: runs,
;;    9). P itself is entered only once: calls from a child into its parent stay inside it.
(component
  (component $child
    (import "back" (func $back (param "slot" u32) (result u32)))
    (core func $back-lowered (canon lower (func $back)))
    (core module $m
      (import "" "back" (func $back (param i32) (result i32)))
      (func (export "enter") (param i32) (result i32) (call $back (local.get 0)))
      (func (export "leaf") (result i32) i32.const 9))
    (core instance $i (instantiate $m (with "" (instance (export "back" (func $back-lowered))))))
    (func (export "enter") (param "slot" u32) (result u32) (canon lift (core func $i "enter")))
    (func (export "leaf") (result u32) (canon lift (core func $i "leaf"))))

  (core module $table (table (export "table") 2 funcref))
  (core instance $table (instantiate $table))
  (core module $m2
    (import "" "table" (table 2 funcref))
    (type $leaf (func (result i32)))
    (func (export "back") (param i32) (result i32) (call_indirect (type $leaf) (local.get 0))))
  (core instance $m2 (instantiate $m2 (with "" (instance $table))))
  (func $back (param "slot" u32) (result u32) (canon lift (core func $m2 "back")))

  (instance $c1 (instantiate $child (with "back" (func $back))))
  (instance $c2 (instantiate $child (with "back" (func $back))))
  (core func $c1-leaf (canon lower (func $c1 "leaf")))
  (core func $c2-leaf (canon lower (func $c2 "leaf")))
  (core func $c1-enter (canon lower (func $c1 "enter")))
  (core module $fill
    (import "" "table" (table 2 funcref))
    (import "" "c1-leaf" (func $c1-leaf (result i32)))
    (import "" "c2-leaf" (func $c2-leaf (result i32)))
    (elem (i32.const 0) func $c1-leaf $c2-leaf))
  (core instance (instantiate $fill (with "" (instance
    (export "table" (table $table "table"))
    (export "c1-leaf" (func $c1-leaf))
    (export "c2-leaf" (func $c2-leaf))))))
  (core module $m1
    (import "" "enter" (func $enter (param i32) (result i32)))
    (func (export "run") (param i32) (result i32) (call $enter (local.get 0))))
  (core instance $m1 (instantiate $m1 (with "" (instance (export "enter" (func $c1-enter))))))
  (func (export "run") (param "slot" u32) (result u32) (canon lift (core func $m1 "run"))))
