;; The component behind wit/hello.wit, written by hand in the WebAssembly text format so the example needs no
;; guest toolchain. Its memory has a bump allocator that never frees: enough for a short-lived example.
(component
  (core module $m
    (memory (export "memory") 1)
    (data (i32.const 0) "Hello, ")
    (global $heap (mut i32) (i32.const 1024))

    (func $realloc (export "cabi_realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $size i32) (result i32)
      (local $ptr i32)
      (local $end i32)
      (local.set $ptr
        (i32.and
          (i32.add (global.get $heap) (i32.sub (local.get $align) (i32.const 1)))
          (i32.sub (i32.const 0) (local.get $align))))
      (local.set $end (i32.add (local.get $ptr) (local.get $size)))
      (global.set $heap (local.get $end))
      (block $done
        (loop $grow
          (br_if $done (i32.le_u (local.get $end) (i32.mul (memory.size) (i32.const 65536))))
          (if (i32.eq (memory.grow (i32.const 1)) (i32.const -1)) (then unreachable))
          (br $grow)))
      (local.get $ptr))

    ;; greet(name) = "Hello, " + name + "!"; the result (pointer, length) is returned through the area at 16.
    (func (export "greet") (param $name i32) (param $len i32) (result i32)
      (local $out i32)
      (local.set $out (call $realloc (i32.const 0) (i32.const 0) (i32.const 1) (i32.add (local.get $len) (i32.const 8))))
      (memory.copy (local.get $out) (i32.const 0) (i32.const 7))
      (memory.copy (i32.add (local.get $out) (i32.const 7)) (local.get $name) (local.get $len))
      (i32.store8 (i32.add (local.get $out) (i32.add (local.get $len) (i32.const 7))) (i32.const 33))
      (i32.store (i32.const 16) (local.get $out))
      (i32.store (i32.const 20) (i32.add (local.get $len) (i32.const 8)))
      (i32.const 16))

    (func (export "add") (param i32 i32) (result i32)
      (i32.add (local.get 0) (local.get 1))))

  (core instance $i (instantiate $m))
  (alias core export $i "memory" (core memory $memory))
  (alias core export $i "cabi_realloc" (core func $realloc))

  (func (export "greet") (param "name" string) (result string)
    (canon lift (core func $i "greet") (memory $memory) (realloc $realloc) string-encoding=utf8))
  (func (export "add") (param "a" s32) (param "b" s32) (result s32)
    (canon lift (core func $i "add"))))
