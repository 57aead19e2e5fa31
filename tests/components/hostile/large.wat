;; Not hostile to the spec, only to Wasmtime's component API: an export returning a list<u8> of 4 MiB, one byte
;; over each 64 KiB (the byte at 64 KiB x k is k), which CanonicalABI.md lifts whole and Wasmtime refuses once its
;; budget for copying values out of the guest in one call (about 2.7 MiB of list<u8>) runs out.
(component
  (core module $m
    (memory (export "memory") 65)
    (data (i32.const 0) "\08\00\00\00\00\00\40\00")
    (func (export "four-mebibytes") (result i32)
      (local $k i32)
      (loop $fill
        (i32.store8 (i32.add (i32.const 8) (i32.mul (local.get $k) (i32.const 0x10000))) (local.get $k))
        (br_if $fill (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 1))) (i32.const 64))))
      i32.const 0))
  (core instance $i (instantiate $m))
  (alias core export $i "memory" (core memory $mem))
  (func (export "four-mebibytes") (result (list u8)) (canon lift (core func $i "four-mebibytes") (memory $mem))))
