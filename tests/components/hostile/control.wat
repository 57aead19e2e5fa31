;; Hostile guest: control flow the host must survive. It imports `callback: func() -> u32` from the host.
;;  - reenter: calls the host's callback (which the tests make call back into this instance);
;;  - post-return-calls-import / realloc-calls-import: call the host from post-return / realloc, where the
;;    Canonical ABI forbids leaving the instance (may_leave);
;;  - post-return-traps: a post-return that panics after the result was lifted;
;;  - spin: loops forever (fuel, timeouts); recurse: calls itself until the stack overflows;
;;  - answer: 42, to show an instance is still usable.
(component
  (import "callback" (func $callback (result u32)))
  (core func $callback-lowered (canon lower (func $callback)))
  (core module $m
    (import "host" "callback" (func $callback (result i32)))
    (memory (export "memory") 1)
    (data (i32.const 8) "ok")
    (data (i32.const 16) "\08\00\00\00\02\00\00\00")
    (func (export "answer") (result i32) i32.const 42)
    (func (export "reenter") (result i32) (call $callback))
    (func (export "string") (result i32) i32.const 16)
    (func (export "length") (param i32 i32) (result i32) local.get 1)
    (func (export "post-return-calls-import") (param i32) (drop (call $callback)))
    (func (export "post-return-traps") (param i32) unreachable)
    (func (export "realloc-calls-import") (param i32 i32 i32 i32) (result i32) (drop (call $callback)) i32.const 256)
    (func (export "spin") (loop $l (br $l)))
    (func $recurse (export "recurse") (result i32) (i32.add (call $recurse) (i32.const 1))))
  (core instance $i (instantiate $m (with "host" (instance (export "callback" (func $callback-lowered))))))
  (alias core export $i "memory" (core memory $mem))
  (func (export "answer") (result u32) (canon lift (core func $i "answer")))
  (func (export "reenter") (result u32) (canon lift (core func $i "reenter")))
  (func (export "post-return-calls-import") (result string)
    (canon lift (core func $i "string") (memory $mem) (post-return (core func $i "post-return-calls-import"))))
  (func (export "post-return-traps") (result string)
    (canon lift (core func $i "string") (memory $mem) (post-return (core func $i "post-return-traps"))))
  (func (export "realloc-calls-import") (param "s" string) (result u32)
    (canon lift (core func $i "length") (memory $mem) (realloc (core func $i "realloc-calls-import"))))
  (func (export "spin") (canon lift (core func $i "spin")))
  (func (export "recurse") (result u32) (canon lift (core func $i "recurse"))))
