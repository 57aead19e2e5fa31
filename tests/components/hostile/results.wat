;; Hostile guest: every export returns a value the host must refuse or read as the Canonical ABI says.
;; One page of memory (64 KiB). Bytes at 0..8 are the payloads, the return areas start at 64; each export
;; returns a pointer to its own return area (ptr, len) or a flat scalar.
(component
  (core module $m
    (memory (export "memory") 1)
    ;; 0: "\ff\fe" is not UTF-8. 4: 0xd800 is a lone high surrogate in UTF-16LE. 8: "ok".
    (data (i32.const 0) "\ff\fe")
    (data (i32.const 4) "\00\d8")
    (data (i32.const 8) "ok")
    ;; 64: invalid UTF-8 (0, 2).
    (data (i32.const 64) "\00\00\00\00\02\00\00\00")
    ;; 72: a string running past the page (0xfff0, 0x100).
    (data (i32.const 72) "\f0\ff\00\00\00\01\00\00")
    ;; 80: a list<u32> at an odd address (1, 1).
    (data (i32.const 80) "\01\00\00\00\01\00\00\00")
    ;; 88: a list<u32> of 0x40000001 elements: length x 4 is 0x1_0000_0004, which wraps to 4 in 32 bits.
    (data (i32.const 88) "\00\00\00\00\01\00\00\40")
    ;; 96: UTF-16 of one code unit, a lone surrogate (4, 1).
    (data (i32.const 96) "\04\00\00\00\01\00\00\00")
    ;; 104: UTF-16 at an odd address (5, 1).
    (data (i32.const 104) "\05\00\00\00\01\00\00\00")
    ;; 112: latin1+utf16 tagged as UTF-16 with 0x8000 code units: 0x10000 bytes from 8 run past the page.
    (data (i32.const 112) "\08\00\00\00\00\80\00\80")
    ;; 120: latin1+utf16 tagged as latin1 with 0x10000 bytes from 8: past the page.
    (data (i32.const 120) "\08\00\00\00\00\00\01\00")
    ;; 128: a list<u8> starting at the end of the page (0x10000, 1).
    (data (i32.const 128) "\00\00\01\00\01\00\00\00")
    ;; 136: a string whose pointer plus length wraps around 32 bits (0xffffffff, 2).
    (data (i32.const 136) "\ff\ff\ff\ff\02\00\00\00")
    ;; 144: option<u32> with discriminant 2.
    (data (i32.const 144) "\02\00\00\00\07\00\00\00")
    ;; 152: a valid string "ok" (8, 2), reached through the return pointers below.
    (data (i32.const 152) "\08\00\00\00\02\00\00\00")
    ;; 160: an empty list or string at 0x20000, a page beyond the end of memory (0x20000, 0).
    (data (i32.const 160) "\00\00\02\00\00\00\00\00")
    ;; 168: an empty list<u32> at an odd address (1, 0).
    (data (i32.const 168) "\01\00\00\00\00\00\00\00")
    (func (export "empty-list-out-of-bounds") (result i32) i32.const 160)
    (func (export "empty-string-out-of-bounds") (result i32) i32.const 160)
    (func (export "empty-list-misaligned") (result i32) i32.const 168)
  (func (export "ok-string") (result i32) i32.const 152)
    (func (export "invalid-utf8") (result i32) i32.const 64)
    (func (export "string-out-of-bounds") (result i32) i32.const 72)
    (func (export "list-misaligned") (result i32) i32.const 80)
    (func (export "list-length-overflow") (result i32) i32.const 88)
    (func (export "utf16-lone-surrogate") (result i32) i32.const 96)
    (func (export "utf16-misaligned") (result i32) i32.const 104)
    (func (export "tagged-utf16-length") (result i32) i32.const 112)
    (func (export "tagged-latin1-length") (result i32) i32.const 120)
    (func (export "list-out-of-bounds") (result i32) i32.const 128)
    (func (export "string-pointer-wraps") (result i32) i32.const 136)
    (func (export "option-discriminant") (result i32) i32.const 144)
    ;; A return area of 8 bytes at 0xfffc ends 4 bytes past the page.
    (func (export "return-pointer-out-of-bounds") (result i32) i32.const 0xfffc)
    ;; A return area of a string must be 4-aligned; 154 is not.
    (func (export "return-pointer-misaligned") (result i32) i32.const 154)
    (func (export "char-surrogate") (result i32) i32.const 0xd800)
    (func (export "char-too-large") (result i32) i32.const 0x110000)
    (func (export "variant-discriminant") (result i32) i32.const 2)
    (func (export "enum-discriminant") (result i32) i32.const 3)
    (func (export "result-discriminant") (result i32) i32.const 2)
    ;; Accepted by the spec: a NaN with a payload, a bool of 2, flags with bits no flag names, narrow integers
    ;; with high bits set (truncated to their width).
    (func (export "nan") (result f32) i32.const 0x7fc00001 f32.reinterpret_i32)
    (func (export "bool-two") (result i32) i32.const 2)
    (func (export "unknown-flags") (result i32) i32.const 0xff)
    (func (export "u8-high-bits") (result i32) i32.const 0x1ff)
    (func (export "s8-high-bits") (result i32) i32.const 0x180))
  (core instance $i (instantiate $m))
  (alias core export $i "memory" (core memory $mem))
  ;; Named types must be exported before an exported function may use them.
  (type $v-def (variant (case "a") (case "b")))
  (type $e-def (enum "a" "b" "c"))
  (type $f-def (flags "a" "b"))
  (export $v "v" (type $v-def))
  (export $e "e" (type $e-def))
  (export $f "f" (type $f-def))
  (func (export "empty-list-out-of-bounds") (result (list u8))
    (canon lift (core func $i "empty-list-out-of-bounds") (memory $mem)))
  (func (export "empty-string-out-of-bounds") (result string)
    (canon lift (core func $i "empty-string-out-of-bounds") (memory $mem)))
  (func (export "empty-list-misaligned") (result (list u32))
    (canon lift (core func $i "empty-list-misaligned") (memory $mem)))
  (func (export "ok-string") (result string) (canon lift (core func $i "ok-string") (memory $mem)))
  (func (export "invalid-utf8") (result string) (canon lift (core func $i "invalid-utf8") (memory $mem)))
  (func (export "string-out-of-bounds") (result string) (canon lift (core func $i "string-out-of-bounds") (memory $mem)))
  (func (export "list-misaligned") (result (list u32)) (canon lift (core func $i "list-misaligned") (memory $mem)))
  (func (export "list-length-overflow") (result (list u32)) (canon lift (core func $i "list-length-overflow") (memory $mem)))
  (func (export "utf16-lone-surrogate") (result string)
    (canon lift (core func $i "utf16-lone-surrogate") (memory $mem) string-encoding=utf16))
  (func (export "utf16-misaligned") (result string)
    (canon lift (core func $i "utf16-misaligned") (memory $mem) string-encoding=utf16))
  (func (export "tagged-utf16-length") (result string)
    (canon lift (core func $i "tagged-utf16-length") (memory $mem) string-encoding=latin1+utf16))
  (func (export "tagged-latin1-length") (result string)
    (canon lift (core func $i "tagged-latin1-length") (memory $mem) string-encoding=latin1+utf16))
  (func (export "list-out-of-bounds") (result (list u8)) (canon lift (core func $i "list-out-of-bounds") (memory $mem)))
  (func (export "string-pointer-wraps") (result string) (canon lift (core func $i "string-pointer-wraps") (memory $mem)))
  (func (export "option-discriminant") (result (option u32)) (canon lift (core func $i "option-discriminant") (memory $mem)))
  (func (export "return-pointer-out-of-bounds") (result string)
    (canon lift (core func $i "return-pointer-out-of-bounds") (memory $mem)))
  (func (export "return-pointer-misaligned") (result string)
    (canon lift (core func $i "return-pointer-misaligned") (memory $mem)))
  (func (export "char-surrogate") (result char) (canon lift (core func $i "char-surrogate")))
  (func (export "char-too-large") (result char) (canon lift (core func $i "char-too-large")))
  (func (export "variant-discriminant") (result $v) (canon lift (core func $i "variant-discriminant")))
  (func (export "enum-discriminant") (result $e) (canon lift (core func $i "enum-discriminant")))
  (func (export "result-discriminant") (result (result)) (canon lift (core func $i "result-discriminant")))
  (func (export "nan") (result f32) (canon lift (core func $i "nan")))
  (func (export "bool-two") (result bool) (canon lift (core func $i "bool-two")))
  (func (export "unknown-flags") (result $f) (canon lift (core func $i "unknown-flags")))
  (func (export "u8-high-bits") (result u8) (canon lift (core func $i "u8-high-bits")))
  (func (export "s8-high-bits") (result s8) (canon lift (core func $i "s8-high-bits"))))
