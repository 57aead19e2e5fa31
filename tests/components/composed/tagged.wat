;; A latin1+utf16 callee that returns latin1-only text tagged as UTF-16 ("hi", two UTF-16 code units with the tag),
;; which a latin1+utf16 caller stores with store_probably_utf16_to_latin1_or_utf16: allocated as UTF-16, then
;; compacted to latin1 and shrunk. caller-trace counts and hashes the caller's realloc calls.
(component
  (component $callee
    (core module $m
      (memory (export "memory") 1)
      (data (i32.const 40) "h\00i\00")
      (func (export "tagged-hi") (result i32)
        (i32.store (i32.const 8) (i32.const 40)) (i32.store (i32.const 12) (i32.const 0x80000002)) (i32.const 8)))
    (core instance $i (instantiate $m))
    (alias core export $i "memory" (core memory $mem))
    (func (export "tagged-hi") (result string) (canon lift (core func $i "tagged-hi") (memory $mem) string-encoding=latin1+utf16)))

  (component $caller
    (import "tagged-hi" (func $tagged-hi (result string)))
    (core module $libc
      (memory (export "memory") 1)
      (global $next (mut i32) (i32.const 1024))
      (global $trace (mut i64) (i64.const 0))
      (func (export "realloc") (param $old i32) (param $old-size i32) (param $align i32) (param $size i32) (result i32)
        (local $p i32)
        (global.set $trace (i64.add (i64.mul (global.get $trace) (i64.const 1000))
          (i64.extend_i32_u (i32.add (i32.mul (local.get $old-size) (i32.const 100))
            (i32.add (i32.mul (local.get $align) (i32.const 10)) (local.get $size))))))
        (local.set $p (i32.and (i32.add (global.get $next) (i32.sub (local.get $align) (i32.const 1)))
          (i32.sub (i32.const 0) (local.get $align))))
        (global.set $next (i32.add (local.get $p) (local.get $size)))
        (if (local.get $old)
          (then (memory.copy (local.get $p) (local.get $old)
            (select (local.get $old-size) (local.get $size) (i32.lt_u (local.get $old-size) (local.get $size))))))
        (local.get $p))
      (func (export "trace") (result i64) (global.get $trace)))
    (core instance $libc (instantiate $libc))
    (alias core export $libc "memory" (core memory $mem))
    (alias core export $libc "realloc" (core func $realloc))
    (core func $tagged-hi-lowered (canon lower (func $tagged-hi) (memory $mem) (realloc $realloc) string-encoding=latin1+utf16))
    (core module $m
      (import "" "tagged-hi" (func $tagged-hi (param i32)))
      (func (export "run") (result i32) (call $tagged-hi (i32.const 64)) (i32.const 64)))
    (core instance $i (instantiate $m (with "" (instance (export "tagged-hi" (func $tagged-hi-lowered))))))
    (func (export "run") (result string) (canon lift (core func $i "run") (memory $mem) string-encoding=latin1+utf16))
    (func (export "trace") (result u64) (canon lift (core func $libc "trace"))))

  (instance $callee (instantiate $callee))
  (instance $caller (instantiate $caller (with "tagged-hi" (func $callee "tagged-hi"))))
  (export "run" (func $caller "run"))
  (export "caller-trace" (func $caller "trace")))
