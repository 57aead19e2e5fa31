;; The component behind wit/bench.wit, and the same core module for the core-wasm floor. Memory comes from a bump
;; allocator that every export resets, so the benchmarks reuse the same pages.
(component
  (core module $m
    (memory (export "memory") 1)
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
          (if (i32.eq (memory.grow (i32.const 16)) (i32.const -1)) (then unreachable))
          (br $grow)))
      (local.get $ptr))

    (func (export "add") (param i32 i32) (result i32)
      (i32.add (local.get 0) (local.get 1)))

    (func (export "bytes-len") (param $ptr i32) (param $len i32) (result i32)
      (global.set $heap (i32.const 1024))
      (local.get $len))

    (func (export "make-string") (param $len i32) (result i32)
      (local $data i32)
      (global.set $heap (i32.const 1024))
      (local.set $data (call $realloc (i32.const 0) (i32.const 0) (i32.const 1) (local.get $len)))
      (memory.fill (local.get $data) (i32.const 120) (local.get $len))
      (i32.store (i32.const 16) (local.get $data))
      (i32.store (i32.const 20) (local.get $len))
      (i32.const 16)))

  (core instance $i (instantiate $m))
  (alias core export $i "memory" (core memory $memory))
  (alias core export $i "cabi_realloc" (core func $realloc))

  (func (export "add") (param "a" s32) (param "b" s32) (result s32)
    (canon lift (core func $i "add")))
  (func (export "bytes-len") (param "data" (list u8)) (result u32)
    (canon lift (core func $i "bytes-len") (memory $memory) (realloc $realloc)))
  (func (export "make-string") (param "len" u32) (result string)
    (canon lift (core func $i "make-string") (memory $memory) (realloc $realloc) string-encoding=utf8)))
