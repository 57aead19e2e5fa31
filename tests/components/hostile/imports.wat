;; Hostile guest: calls the host's imports with arguments and return areas the host must refuse.
;; It imports `get-string: func() -> string`, `get-list: func() -> list<u32>`, `put-string: func(s: string)` and
;; `put-option: func(v: option<u32>)`.
;;  - import-return-pointer-out-of-bounds / -misaligned: the return area for get-string's result lies past the
;;    one page of memory / at an address that is not 4-aligned;
;;  - import-realloc-out-of-bounds / -misaligned: the realloc the host stores the result through returns a
;;    pointer past memory / an odd pointer for a list<u32>;
;;  - import-argument-invalid-utf8 / -out-of-bounds: put-string's argument is not UTF-8 / runs past memory;
;;  - import-argument-invalid-utf16: put-string lowered with UTF-16 strings gets an unpaired surrogate;
;;  - import-argument-bad-discriminant: put-option (`func(v: option<u32>)`) gets discriminant 2;
;;  - import-calls-ok: calls put-string("ok") and get-string as the ABI says, to show the imports work;
;;  - grown-before-call / grown-by-realloc (accepted, the memory only grew): get-string's return area lies in a page
;;    the guest grew after an earlier call / the realloc grows memory and hands out the new page; each returns what
;;    the host stored (the string's length / its pointer plus its first byte);
;;  - realloc-calls-import / post-return-calls-import: the realloc the host lowers the export's argument through, and
;;    the export's post-return, call put-string (through a table, since the lowering needs the realloc), which
;;    may_leave forbids.
;; Memory and the reallocs live in a first core instance, so the lowered imports can name them.
(component
  (import "get-string" (func $get-string (result string)))
  (import "get-list" (func $get-list (result (list u32))))
  (import "put-string" (func $put-string (param "s" string)))
  (import "put-option" (func $put-option (param "v" (option u32))))
  (core module $libc
    (memory (export "memory") 1)
    (data (i32.const 0) "\ff\fe")
    (data (i32.const 8) "ok")
    (data (i32.const 16) "\00\d8")
    (func (export "realloc") (param i32 i32 i32 i32) (result i32) i32.const 1024)
    (func (export "realloc-out-of-bounds") (param i32 i32 i32 i32) (result i32) i32.const 0x10000)
    (func (export "realloc-misaligned") (param i32 i32 i32 i32) (result i32) i32.const 1)
    (func (export "realloc-growing") (param i32 i32 i32 i32) (result i32)
      (i32.mul (memory.grow (i32.const 1)) (i32.const 0x10000)))
    (type $put (func (param i32 i32)))
    (table (export "table") 1 funcref)
    (func (export "realloc-calling-import") (param i32 i32 i32 i32) (result i32)
      (call_indirect (type $put) (i32.const 8) (i32.const 2) (i32.const 0))
      i32.const 1024))
  (core instance $libc (instantiate $libc))
  (alias core export $libc "memory" (core memory $mem))
  (core func $get-string-lowered (canon lower (func $get-string) (memory $mem) (realloc (core func $libc "realloc"))))
  (core func $get-string-bad-realloc
    (canon lower (func $get-string) (memory $mem) (realloc (core func $libc "realloc-out-of-bounds"))))
  (core func $get-list-bad-realloc
    (canon lower (func $get-list) (memory $mem) (realloc (core func $libc "realloc-misaligned"))))
  (core func $get-string-growing-realloc
    (canon lower (func $get-string) (memory $mem) (realloc (core func $libc "realloc-growing"))))
  (core func $put-string-lowered (canon lower (func $put-string) (memory $mem)))
  (core func $put-string-utf16 (canon lower (func $put-string) (memory $mem) string-encoding=utf16))
  (core func $put-option-lowered (canon lower (func $put-option)))
  (core module $m
    (import "host" "get-string" (func $get-string (param i32)))
    (import "host" "get-string-bad-realloc" (func $get-string-bad-realloc (param i32)))
    (import "host" "get-list-bad-realloc" (func $get-list-bad-realloc (param i32)))
    (import "host" "get-string-growing-realloc" (func $get-string-growing-realloc (param i32)))
    (import "host" "put-string" (func $put-string (param i32 i32)))
    (import "host" "put-string-utf16" (func $put-string-utf16 (param i32 i32)))
    (import "host" "put-option" (func $put-option (param i32 i32)))
    (import "libc" "table" (table 1 funcref))
    (import "libc" "memory" (memory 1))
    (elem (i32.const 0) func $put-string)
    (func (export "answer") (result i32) i32.const 42)
    (func (export "import-calls-ok") (call $put-string (i32.const 8) (i32.const 2)) (call $get-string (i32.const 64)))
    (func (export "import-return-pointer-out-of-bounds") (call $get-string (i32.const 0xfffc)))
    (func (export "import-return-pointer-misaligned") (call $get-string (i32.const 2)))
    (func (export "import-realloc-out-of-bounds") (call $get-string-bad-realloc (i32.const 64)))
    (func (export "import-realloc-misaligned") (call $get-list-bad-realloc (i32.const 64)))
    (func (export "grown-before-call") (result i32)
      (drop (memory.grow (i32.const 1)))
      (call $get-string (i32.const 0x10040))
      (i32.load (i32.const 0x10044)))
    (func (export "grown-by-realloc") (result i32)
      (call $get-string-growing-realloc (i32.const 64))
      (i32.add (i32.load (i32.const 64)) (i32.load8_u (i32.load (i32.const 64)))))
    (func (export "import-argument-invalid-utf8") (call $put-string (i32.const 0) (i32.const 2)))
    (func (export "import-argument-out-of-bounds") (call $put-string (i32.const 0xfff0) (i32.const 0x100)))
    (func (export "import-argument-invalid-utf16") (call $put-string-utf16 (i32.const 16) (i32.const 1)))
    (func (export "import-argument-bad-discriminant") (call $put-option (i32.const 2) (i32.const 5)))
    (func (export "realloc-calls-import") (param i32 i32))
    (func (export "post-return-calls-import") (result i32) i32.const 7)
    (func (export "post-return-calling-import") (param i32) (call $put-string (i32.const 8) (i32.const 2))))
  (core instance $i (instantiate $m
    (with "host" (instance
      (export "get-string" (func $get-string-lowered))
      (export "get-string-bad-realloc" (func $get-string-bad-realloc))
      (export "get-list-bad-realloc" (func $get-list-bad-realloc))
      (export "get-string-growing-realloc" (func $get-string-growing-realloc))
      (export "put-string" (func $put-string-lowered))
      (export "put-string-utf16" (func $put-string-utf16))
      (export "put-option" (func $put-option-lowered))))
    (with "libc" (instance $libc))))
  (func (export "answer") (result u32) (canon lift (core func $i "answer")))
  (func (export "import-calls-ok") (canon lift (core func $i "import-calls-ok")))
  (func (export "import-return-pointer-out-of-bounds") (canon lift (core func $i "import-return-pointer-out-of-bounds")))
  (func (export "import-return-pointer-misaligned") (canon lift (core func $i "import-return-pointer-misaligned")))
  (func (export "import-realloc-out-of-bounds") (canon lift (core func $i "import-realloc-out-of-bounds")))
  (func (export "import-realloc-misaligned") (canon lift (core func $i "import-realloc-misaligned")))
  (func (export "grown-before-call") (result u32) (canon lift (core func $i "grown-before-call")))
  (func (export "grown-by-realloc") (result u32) (canon lift (core func $i "grown-by-realloc")))
  (func (export "import-argument-invalid-utf8") (canon lift (core func $i "import-argument-invalid-utf8")))
  (func (export "import-argument-out-of-bounds") (canon lift (core func $i "import-argument-out-of-bounds")))
  (func (export "import-argument-invalid-utf16") (canon lift (core func $i "import-argument-invalid-utf16")))
  (func (export "import-argument-bad-discriminant") (canon lift (core func $i "import-argument-bad-discriminant")))
  (func (export "realloc-calls-import") (param "s" string)
    (canon lift (core func $i "realloc-calls-import") (memory $mem) (realloc (core func $libc "realloc-calling-import"))))
  (func (export "post-return-calls-import") (result u32)
    (canon lift (core func $i "post-return-calls-import") (post-return (core func $i "post-return-calling-import")))))
