namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// A component whose exports forward their core arguments to host imports of the same type and return what the import
/// stored through the return area: the host lifts strings, lists, records, variants, options, results and a parameter
/// tuple in memory (over 16 flat values), and lowers results flat or through the return pointer and realloc.
/// </summary>
internal static class DirectImportComponents
{
    /// <summary>The exported (and imported) functions, with their WIT types.</summary>
    public static readonly string[] Functions = ["echo-string", "reverse", "count", "point", "shape", "maybe", "many"];

    /// <summary>The forwarding component with strings in <paramref name="encoding"/> (<c>utf8</c> or <c>utf16</c>) on both the lowerings and the lifts.</summary>
    public static string Forwarding(string encoding) => $$"""
        (component
          (type $point' (record (field "x" s32) (field "y" f64) (field "name" string)))
          (import "point-type" (type $point (eq $point')))
          (type $shape' (variant (case "circle" f32) (case "square" u64) (case "label" string) (case "none")))
          (import "shape-type" (type $shape (eq $shape')))
          (type $echo-string (func (param "s" string) (result string)))
          (type $reverse (func (param "l" (list u32)) (result (list u32))))
          (type $count (func (param "l" (list string)) (result u32)))
          (type $point-fn (func (param "p" $point) (result $point)))
          (type $shape-fn (func (param "v" $shape) (result $shape)))
          (type $maybe (func (param "o" (option string)) (param "r" (result u32 (error string)))
            (result (tuple (option string) (result u32 (error string))))))
          (type $many (func (param "a" s8) (param "b" u8) (param "c" s16) (param "d" u16) (param "e" s32) (param "f" u32)
            (param "g" s64) (param "h" u64) (param "i" f32) (param "j" f64) (param "k" char) (param "l" bool)
            (param "m" string) (param "n" (list u8)) (param "o" (option u32)) (result string)))
          (import "echo-string" (func $echo-string (type $echo-string)))
          (import "reverse" (func $reverse (type $reverse)))
          (import "count" (func $count (type $count)))
          (import "point" (func $point-fn (type $point-fn)))
          (import "shape" (func $shape-fn (type $shape-fn)))
          (import "maybe" (func $maybe (type $maybe)))
          (import "many" (func $many (type $many)))
          (core module $libc
            (memory (export "memory") 16)
            (global $next (mut i32) (i32.const 1024))
            (func (export "realloc") (param $old i32) (param $old-size i32) (param $align i32) (param $size i32) (result i32)
              (local $p i32)
              (local.set $p (i32.and (i32.add (global.get $next) (i32.sub (local.get $align) (i32.const 1)))
                (i32.sub (i32.const 0) (local.get $align))))
              (global.set $next (i32.add (local.get $p) (local.get $size)))
              (if (local.get $old)
                (then (memory.copy (local.get $p) (local.get $old)
                  (select (local.get $old-size) (local.get $size) (i32.lt_u (local.get $old-size) (local.get $size))))))
              (local.get $p)))
          (core instance $libc (instantiate $libc))
          (alias core export $libc "memory" (core memory $mem))
          (alias core export $libc "realloc" (core func $realloc))
          (core func $echo-string-lowered (canon lower (func $echo-string) (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (core func $reverse-lowered (canon lower (func $reverse) (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (core func $count-lowered (canon lower (func $count) (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (core func $point-lowered (canon lower (func $point-fn) (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (core func $shape-lowered (canon lower (func $shape-fn) (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (core func $maybe-lowered (canon lower (func $maybe) (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (core func $many-lowered (canon lower (func $many) (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (core module $m
            (import "host" "echo-string" (func $echo-string (param i32 i32 i32)))
            (import "host" "reverse" (func $reverse (param i32 i32 i32)))
            (import "host" "count" (func $count (param i32 i32) (result i32)))
            (import "host" "point" (func $point (param i32 f64 i32 i32 i32)))
            (import "host" "shape" (func $shape (param i32 i64 i32 i32)))
            (import "host" "maybe" (func $maybe (param i32 i32 i32 i32 i32 i32 i32)))
            (import "host" "many" (func $many (param i32 i32)))
            (func (export "echo-string") (param i32 i32) (result i32)
              (call $echo-string (local.get 0) (local.get 1) (i32.const 64)) (i32.const 64))
            (func (export "reverse") (param i32 i32) (result i32)
              (call $reverse (local.get 0) (local.get 1) (i32.const 64)) (i32.const 64))
            (func (export "count") (param i32 i32) (result i32) (call $count (local.get 0) (local.get 1)))
            (func (export "point") (param i32 f64 i32 i32) (result i32)
              (call $point (local.get 0) (local.get 1) (local.get 2) (local.get 3) (i32.const 64)) (i32.const 64))
            (func (export "shape") (param i32 i64 i32) (result i32)
              (call $shape (local.get 0) (local.get 1) (local.get 2) (i32.const 64)) (i32.const 64))
            (func (export "maybe") (param i32 i32 i32 i32 i32 i32) (result i32)
              (call $maybe (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4) (local.get 5) (i32.const 64))
              (i32.const 64))
            (func (export "many") (param i32) (result i32) (call $many (local.get 0) (i32.const 64)) (i32.const 64)))
          (core instance $i (instantiate $m
            (with "host" (instance
              (export "echo-string" (func $echo-string-lowered))
              (export "reverse" (func $reverse-lowered))
              (export "count" (func $count-lowered))
              (export "point" (func $point-lowered))
              (export "shape" (func $shape-lowered))
              (export "maybe" (func $maybe-lowered))
              (export "many" (func $many-lowered))))))
          (func (export "run-echo-string") (type $echo-string)
            (canon lift (core func $i "echo-string") (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (func (export "run-reverse") (type $reverse)
            (canon lift (core func $i "reverse") (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (func (export "run-count") (type $count)
            (canon lift (core func $i "count") (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (func (export "run-point") (type $point-fn)
            (canon lift (core func $i "point") (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (func (export "run-shape") (type $shape-fn)
            (canon lift (core func $i "shape") (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (func (export "run-maybe") (type $maybe)
            (canon lift (core func $i "maybe") (memory $mem) (realloc $realloc) string-encoding={{encoding}}))
          (func (export "run-many") (type $many)
            (canon lift (core func $i "many") (memory $mem) (realloc $realloc) string-encoding={{encoding}})))
        """;

    /// <summary>
    /// <c>run: func() -> string</c> returns what the import <c>get-string: func() -> string</c> gave, lowered through a
    /// realloc that first calls the import <c>ping</c>.
    /// </summary>
    public const string ReallocCallsImport = """
        (component
          (import "ping" (func $ping))
          (import "get-string" (func $get-string (result string)))
          (core func $ping-lowered (canon lower (func $ping)))
          (core module $libc
            (import "host" "ping" (func $ping))
            (memory (export "memory") 1)
            (func (export "realloc") (param i32 i32 i32 i32) (result i32) call $ping i32.const 1024))
          (core instance $libc (instantiate $libc (with "host" (instance (export "ping" (func $ping-lowered))))))
          (alias core export $libc "memory" (core memory $mem))
          (core func $get-string-lowered (canon lower (func $get-string) (memory $mem) (realloc (core func $libc "realloc"))))
          (core module $m
            (import "host" "get-string" (func $get-string (param i32)))
            (func (export "run") (result i32) (call $get-string (i32.const 64)) (i32.const 64)))
          (core instance $i (instantiate $m (with "host" (instance (export "get-string" (func $get-string-lowered))))))
          (func (export "run") (result string) (canon lift (core func $i "run") (memory $mem))))
        """;
}
