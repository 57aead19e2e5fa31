;; A composed component whose inner components break the Canonical ABI across their fused adapters: a UTF-8 caller
;; forwards each run-* export to a UTF-16 callee.
;;  - run-out-of-bounds / run-lone-surrogate: the callee returns a string past the end of its memory / holding an
;;    unpaired surrogate;
;;  - run-invalid-utf8: the caller passes bytes that are not UTF-8;
;;  - run-misaligned-realloc: the callee's realloc returns an odd pointer for a UTF-16 string;
;;  - run-realloc-calls-callee: the caller's realloc, run to store the callee's result, calls the callee (may_leave);
;;  - answer: 42, through the callee, to show a fresh store still runs the component.
(component
  (component $callee
    (core module $m
      (memory (export "memory") 1)
      (data (i32.const 32) "\00\d8")
      (data (i32.const 40) "h\00i\00")
      (func (export "realloc") (param i32 i32 i32 i32) (result i32) i32.const 1)
      (func (export "out-of-bounds") (result i32)
        (i32.store (i32.const 8) (i32.const 0xfff0)) (i32.store (i32.const 12) (i32.const 64)) (i32.const 8))
      (func (export "lone-surrogate") (result i32)
        (i32.store (i32.const 8) (i32.const 32)) (i32.store (i32.const 12) (i32.const 1)) (i32.const 8))
      (func (export "take") (param i32 i32) (result i32) (local.get 1))
      (func (export "greeting") (result i32)
        (i32.store (i32.const 8) (i32.const 40)) (i32.store (i32.const 12) (i32.const 2)) (i32.const 8))
      (func (export "answer") (result i32) i32.const 42))
    (core instance $i (instantiate $m))
    (alias core export $i "memory" (core memory $mem))
    (func (export "out-of-bounds") (result string) (canon lift (core func $i "out-of-bounds") (memory $mem) string-encoding=utf16))
    (func (export "lone-surrogate") (result string) (canon lift (core func $i "lone-surrogate") (memory $mem) string-encoding=utf16))
    (func (export "take") (param "s" string) (result u32)
      (canon lift (core func $i "take") (memory $mem) (realloc (core func $i "realloc")) string-encoding=utf16))
    (func (export "greeting") (result string) (canon lift (core func $i "greeting") (memory $mem) string-encoding=utf16))
    (func (export "answer") (result u32) (canon lift (core func $i "answer"))))

  (component $caller
    (import "out-of-bounds" (func $out-of-bounds (result string)))
    (import "lone-surrogate" (func $lone-surrogate (result string)))
    (import "take" (func $take (param "s" string) (result u32)))
    (import "answer" (func $answer (result u32)))
    (import "greeting" (func $greeting (result string)))
    (core module $libc
      (memory (export "memory") 1)
      (data (i32.const 32) "\ff\fe")
      (data (i32.const 40) "hello")
      (func (export "realloc") (param i32 i32 i32 i32) (result i32) i32.const 256))
    (core instance $libc (instantiate $libc))
    (alias core export $libc "memory" (core memory $mem))
    (alias core export $libc "realloc" (core func $realloc))
    (core func $out-of-bounds-lowered (canon lower (func $out-of-bounds) (memory $mem) (realloc $realloc)))
    (core func $lone-surrogate-lowered (canon lower (func $lone-surrogate) (memory $mem) (realloc $realloc)))
    (core func $take-lowered (canon lower (func $take) (memory $mem) (realloc $realloc)))
    (core func $answer-lowered (canon lower (func $answer)))
    (core module $calling-realloc
      (import "" "answer" (func $answer (result i32)))
      (func (export "realloc") (param i32 i32 i32 i32) (result i32) (drop (call $answer)) i32.const 256))
    (core instance $calling-realloc (instantiate $calling-realloc (with "" (instance (export "answer" (func $answer-lowered))))))
    (core func $greeting-lowered (canon lower (func $greeting) (memory $mem) (realloc (core func $calling-realloc "realloc"))))
    (core module $m
      (import "callee" "out-of-bounds" (func $out-of-bounds (param i32)))
      (import "callee" "lone-surrogate" (func $lone-surrogate (param i32)))
      (import "callee" "take" (func $take (param i32 i32) (result i32)))
      (import "callee" "answer" (func $answer (result i32)))
      (import "callee" "greeting" (func $greeting (param i32)))
      (func (export "run-realloc-calls-callee") (result i32) (call $greeting (i32.const 64)) (i32.const 64))
      (func (export "run-out-of-bounds") (result i32) (call $out-of-bounds (i32.const 64)) (i32.const 64))
      (func (export "run-lone-surrogate") (result i32) (call $lone-surrogate (i32.const 64)) (i32.const 64))
      (func (export "run-invalid-utf8") (result i32) (call $take (i32.const 32) (i32.const 2)))
      (func (export "run-misaligned-realloc") (result i32) (call $take (i32.const 40) (i32.const 5)))
      (func (export "answer") (result i32) (call $answer)))
    (core instance $i (instantiate $m (with "callee" (instance
      (export "out-of-bounds" (func $out-of-bounds-lowered))
      (export "lone-surrogate" (func $lone-surrogate-lowered))
      (export "take" (func $take-lowered))
      (export "answer" (func $answer-lowered))
      (export "greeting" (func $greeting-lowered))))))
    (func (export "run-realloc-calls-callee") (result string) (canon lift (core func $i "run-realloc-calls-callee") (memory $mem)))
    (func (export "run-out-of-bounds") (result string) (canon lift (core func $i "run-out-of-bounds") (memory $mem)))
    (func (export "run-lone-surrogate") (result string) (canon lift (core func $i "run-lone-surrogate") (memory $mem)))
    (func (export "run-invalid-utf8") (result u32) (canon lift (core func $i "run-invalid-utf8")))
    (func (export "run-misaligned-realloc") (result u32) (canon lift (core func $i "run-misaligned-realloc")))
    (func (export "answer") (result u32) (canon lift (core func $i "answer"))))

  (instance $callee (instantiate $callee))
  (instance $caller (instantiate $caller
    (with "out-of-bounds" (func $callee "out-of-bounds"))
    (with "lone-surrogate" (func $callee "lone-surrogate"))
    (with "take" (func $callee "take"))
    (with "answer" (func $callee "answer"))
    (with "greeting" (func $callee "greeting"))))
  (export "run-out-of-bounds" (func $caller "run-out-of-bounds"))
  (export "run-lone-surrogate" (func $caller "run-lone-surrogate"))
  (export "run-invalid-utf8" (func $caller "run-invalid-utf8"))
  (export "run-misaligned-realloc" (func $caller "run-misaligned-realloc"))
  (export "run-realloc-calls-callee" (func $caller "run-realloc-calls-callee"))
  (export "answer" (func $caller "answer")))
