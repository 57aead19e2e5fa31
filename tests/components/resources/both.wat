;; A component of the world `both` (both.wit), written by hand so the tests need no toolchain: tests load this text
;; with WasmComponent.FromWat. The exported thing keeps its value as its rep; its foo returns the value plus 1000.
;; toplevel-export(a): n = a.foo(); b = toplevel-import(a); c = new imported thing(n + b.foo()); drops b;
;; returns toplevel-import(c).
(component
  (import "test:both/test" (instance $test-in
    (export "thing" (type $thing-in (sub resource)))
    (export "[constructor]thing" (func (param "v" u32) (result (own $thing-in))))
    (export "[method]thing.foo" (func (param "self" (borrow $thing-in)) (result u32)))))
  (alias export $test-in "thing" (type $thing-in))
  (alias export $test-in "[constructor]thing" (func $thing-in-new))
  (alias export $test-in "[method]thing.foo" (func $thing-in-foo))
  (import "toplevel-import" (func $toplevel-import (param "a" (own $thing-in)) (result (own $thing-in))))

  (type $thing (resource (rep i32)))
  (core func $thing-new (canon resource.new $thing))
  (core func $thing-in-drop (canon resource.drop $thing-in))
  (core func $thing-in-new-l (canon lower (func $thing-in-new)))
  (core func $thing-in-foo-l (canon lower (func $thing-in-foo)))
  (core func $toplevel-import-l (canon lower (func $toplevel-import)))

  (core module $main
    (import "r" "thing-new" (func $thing-new (param i32) (result i32)))
    (import "r" "thing-in-drop" (func $thing-in-drop (param i32)))
    (import "h" "thing-in-new" (func $thing-in-new (param i32) (result i32)))
    (import "h" "thing-in-foo" (func $thing-in-foo (param i32) (result i32)))
    (import "h" "toplevel-import" (func $toplevel-import (param i32) (result i32)))
    (func (export "thing-ctor") (param $v i32) (result i32) (call $thing-new (local.get $v)))
    (func (export "thing-foo") (param $rep i32) (result i32) (i32.add (local.get $rep) (i32.const 1000)))
    (func (export "toplevel-export") (param $a i32) (result i32)
      (local $n i32) (local $b i32) (local $c i32)
      (local.set $n (call $thing-in-foo (local.get $a)))
      (local.set $b (call $toplevel-import (local.get $a)))
      (local.set $c (call $thing-in-new (i32.add (local.get $n) (call $thing-in-foo (local.get $b)))))
      (call $thing-in-drop (local.get $b))
      (call $toplevel-import (local.get $c))))
  (core instance $main (instantiate $main
    (with "r" (instance (export "thing-new" (func $thing-new)) (export "thing-in-drop" (func $thing-in-drop))))
    (with "h" (instance
      (export "thing-in-new" (func $thing-in-new-l)) (export "thing-in-foo" (func $thing-in-foo-l))
      (export "toplevel-import" (func $toplevel-import-l))))))

  (func $thing-ctor (param "v" u32) (result (own $thing)) (canon lift (core func $main "thing-ctor")))
  (func $thing-foo (param "self" (borrow $thing)) (result u32) (canon lift (core func $main "thing-foo")))
  (func $toplevel-export (param "a" (own $thing-in)) (result (own $thing-in)) (canon lift (core func $main "toplevel-export")))

  (component $test
    (import "thing" (type $t (sub resource)))
    (import "ctor" (func $ctor (param "v" u32) (result (own $t))))
    (import "foo" (func $foo (param "self" (borrow $t)) (result u32)))
    (export $t-out "thing" (type $t))
    (export "[constructor]thing" (func $ctor) (func (param "v" u32) (result (own $t-out))))
    (export "[method]thing.foo" (func $foo) (func (param "self" (borrow $t-out)) (result u32))))
  (instance $test-out (instantiate $test
    (with "thing" (type $thing))
    (with "ctor" (func $thing-ctor))
    (with "foo" (func $thing-foo))))

  (export "test:both/test" (instance $test-out))
  (export "toplevel-export" (func $toplevel-export)))
