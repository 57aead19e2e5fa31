;; Values through memory for the direct backend's untyped calls and its benchmarks: sum(list<u8>) -> u64,
;; make(n) -> list<u8> (n bytes of 7), echo(string) -> string, wide(17 x u32) -> u32 (parameters passed through
;; realloc as a tuple), bad-char() -> char (a surrogate, which lifting refuses). The allocator is an arena at 1024
;; reset by every allocation (each call allocates once), growing memory as needed. Every post-return counts its calls
;; in the i32 at address 0.
(component
  (core module $m
    (memory (export "memory") 1)
    (func $alloc (param $size i32) (result i32)
      (local $pages i32)
      (local.set $pages (i32.sub
        (i32.wrap_i64 (i64.shr_u (i64.add (i64.extend_i32_u (local.get $size)) (i64.const 66559)) (i64.const 16)))
        (memory.size)))
      (if (i32.gt_s (local.get $pages) (i32.const 0))
        (then (if (i32.eq (memory.grow (local.get $pages)) (i32.const -1)) (then unreachable))))
      (i32.const 1024))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32) (call $alloc (local.get 3)))
    (func (export "sum") (param $p i32) (param $n i32) (result i64)
      (local $s i64) (local $end i32)
      (local.set $end (i32.add (local.get $p) (local.get $n)))
      (block $done
        (loop $next
          (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
          (local.set $s (i64.add (local.get $s) (i64.load8_u (local.get $p))))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (br $next)))
      (local.get $s))
    (func (export "make") (param $n i32) (result i32)
      (local $p i32)
      (local.set $p (call $alloc (local.get $n)))
      (memory.fill (local.get $p) (i32.const 7) (local.get $n))
      (i32.store (i32.const 16) (local.get $p))
      (i32.store (i32.const 20) (local.get $n))
      (i32.const 16))
    (func (export "echo") (param $p i32) (param $n i32) (result i32)
      (i32.store (i32.const 16) (local.get $p))
      (i32.store (i32.const 20) (local.get $n))
      (i32.const 16))
    (func (export "wide") (param $p i32) (result i32)
      (local $i i32) (local $s i32)
      (block $done
        (loop $next
          (br_if $done (i32.ge_u (local.get $i) (i32.const 68)))
          (local.set $s (i32.add (local.get $s) (i32.load (i32.add (local.get $p) (local.get $i)))))
          (local.set $i (i32.add (local.get $i) (i32.const 4)))
          (br $next)))
      (local.get $s))
    (func (export "bad-char") (result i32) (i32.const 0xD800))
    (func (export "post") (param i32)
      (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1)))))
  (core instance $i (instantiate $m))
  (alias core export $i "memory" (core memory $mem))
  (alias core export $i "realloc" (core func $realloc))
  (func $sum (param "bytes" (list u8)) (result u64) (canon lift (core func $i "sum") (memory $mem) (realloc $realloc)))
  (func $make (param "n" u32) (result (list u8))
    (canon lift (core func $i "make") (memory $mem) (realloc $realloc) (post-return (core func $i "post"))))
  (func $echo (param "s" string) (result string)
    (canon lift (core func $i "echo") (memory $mem) (realloc $realloc) (post-return (core func $i "post"))))
  (func $wide
    (param "a1" u32) (param "a2" u32) (param "a3" u32) (param "a4" u32) (param "a5" u32) (param "a6" u32)
    (param "a7" u32) (param "a8" u32) (param "a9" u32) (param "a10" u32) (param "a11" u32) (param "a12" u32)
    (param "a13" u32) (param "a14" u32) (param "a15" u32) (param "a16" u32) (param "a17" u32) (result u32)
    (canon lift (core func $i "wide") (memory $mem) (realloc $realloc)))
  (func $bad-char (result char) (canon lift (core func $i "bad-char") (post-return (core func $i "post"))))
  (instance $api
    (export "sum" (func $sum)) (export "make" (func $make)) (export "echo" (func $echo)) (export "wide" (func $wide))
    (export "bad-char" (func $bad-char)))
  (export "test:values/api" (instance $api)))
