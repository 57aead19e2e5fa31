;; Hostile guest: exports whose realloc misbehaves while the host lowers a string or list<u32> argument.
;; Every export returns the first byte the host wrote at the pointer realloc gave it. The utf16- and tagged- exports
;; take their string as UTF-16 or latin1+utf16, whose code units must be 2-aligned.
(component
  (core module $m
    (memory (export "memory") 1)
    (func $first (export "first") (param i32 i32) (result i32) local.get 0 i32.load8_u)
    ;; A pointer at the end of the one page: the argument's bytes would land outside memory.
    (func (export "realloc-out-of-bounds") (param i32 i32 i32 i32) (result i32) i32.const 0x10000)
    ;; An odd pointer for a list<u32>, whose elements must be 4-aligned.
    (func (export "realloc-misaligned") (param i32 i32 i32 i32) (result i32) i32.const 1)
    ;; A realloc that panics.
    (func (export "realloc-traps") (param i32 i32 i32 i32) (result i32) unreachable)
    ;; A well-behaved realloc that grows memory by a page and hands out the start of the new page.
    (func (export "realloc-grows") (param i32 i32 i32 i32) (result i32)
      (i32.mul (memory.grow (i32.const 1)) (i32.const 0x10000))))
  (core instance $i (instantiate $m))
  (alias core export $i "memory" (core memory $mem))
  (func (export "realloc-out-of-bounds") (param "s" string) (result u32)
    (canon lift (core func $i "first") (memory $mem) (realloc (core func $i "realloc-out-of-bounds"))))
  (func (export "realloc-misaligned") (param "l" (list u32)) (result u32)
    (canon lift (core func $i "first") (memory $mem) (realloc (core func $i "realloc-misaligned"))))
  (func (export "realloc-traps") (param "s" string) (result u32)
    (canon lift (core func $i "first") (memory $mem) (realloc (core func $i "realloc-traps"))))
  (func (export "utf16-realloc-misaligned") (param "s" string) (result u32)
    (canon lift (core func $i "first") (memory $mem) (realloc (core func $i "realloc-misaligned")) string-encoding=utf16))
  (func (export "tagged-realloc-out-of-bounds") (param "s" string) (result u32)
    (canon lift (core func $i "first") (memory $mem) (realloc (core func $i "realloc-out-of-bounds"))
      string-encoding=latin1+utf16))
  (func (export "realloc-grows") (param "s" string) (result u32)
    (canon lift (core func $i "first") (memory $mem) (realloc (core func $i "realloc-grows")))))
