namespace WitBindgen.Runtime.Tests.Loading;

/// <summary>WAT components exercising the shapes the loader flattens: nesting, shims, shared memories.</summary>
internal static class LoaderComponents
{
    public const string Api = "test:calc/api";
    public const string Host = "test:calc/host";

    /// <summary><c>test:calc/api#add(a: s32, b: s32) -> s32</c> lifted from one core module.</summary>
    public const string Add = """
        (component
          (core module $m (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
          (core instance $i (instantiate $m))
          (func $add (param "a" s32) (param "b" s32) (result s32) (canon lift (core func $i "add")))
          (instance $api (export "add" (func $add)))
          (export "test:calc/api" (instance $api)))
        """;

    /// <summary>
    /// One nested component instantiated with two different core modules (<c>adder</c>, <c>subber</c>), one that
    /// takes its module and function type by outer alias (<c>multiplier</c>), and one importing a host function
    /// through the outer component and lowering it (<c>biased</c>: a + b + bias()). Each exports <c>op(a, b)</c>.
    /// </summary>
    public const string Nested = """
        (component $outer
          (import "test:calc/host" (instance $host (export "bias" (func (result s32)))))
          (alias export $host "bias" (func $bias))
          (core module $add (func (export "op") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
          (core module $sub (func (export "op") (param i32 i32) (result i32) local.get 0 local.get 1 i32.sub))
          (core module $mul (func (export "op") (param i32 i32) (result i32) local.get 0 local.get 1 i32.mul))
          (type $binop (func (param "a" s32) (param "b" s32) (result s32)))
          (component $calc
            (import "m" (core module $m (export "op" (func (param i32 i32) (result i32)))))
            (alias outer $outer $binop (type $t))
            (core instance $i (instantiate $m))
            (func $op (type $t) (canon lift (core func $i "op")))
            (export "op" (func $op)))
          (component $times
            (alias outer $outer $mul (core module $m))
            (alias outer $outer $binop (type $t))
            (core instance $i (instantiate $m))
            (func $op (type $t) (canon lift (core func $i "op")))
            (export "op" (func $op)))
          (component $biased
            (import "bias" (func $bias (result s32)))
            (core func $bias-lowered (canon lower (func $bias)))
            (core module $m
              (import "host" "bias" (func $bias (result i32)))
              (func (export "op") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add call $bias i32.add))
            (core instance $host (export "bias" (func $bias-lowered)))
            (core instance $i (instantiate $m (with "host" (instance $host))))
            (func $op (param "a" s32) (param "b" s32) (result s32) (canon lift (core func $i "op")))
            (export "op" (func $op)))
          (instance $adder (instantiate $calc (with "m" (core module $add))))
          (instance $subber (instantiate $calc (with "m" (core module $sub))))
          (instance $multiplier (instantiate $times))
          (instance $biased (instantiate $biased (with "bias" (func $bias))))
          (export "test:calc/adder" (instance $adder))
          (export "test:calc/subber" (instance $subber))
          (export "test:calc/multiplier" (instance $multiplier))
          (export "test:calc/biased" (instance $biased)))
        """;

    /// <summary>
    /// What wit-component emits for a module importing a host function: the main module imports a shim's
    /// trampoline, which calls through a table that a fixup module fills with the lowered function afterwards.
    /// <c>test:calc/api#add(a, b)</c> returns a + b + bias().
    /// </summary>
    public const string ShimAndFixup = """
        (component
          (import "test:calc/host" (instance $host (export "bias" (func (result s32)))))
          (alias export $host "bias" (func $bias))
          (core module $shim
            (table (export "$imports") 1 1 funcref)
            (func (export "0") (result i32) i32.const 0 call_indirect (result i32)))
          (core module $main
            (import "host" "bias" (func $bias (result i32)))
            (memory (export "memory") 1)
            (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add call $bias i32.add))
          (core module $fixup
            (import "" "$imports" (table 1 1 funcref))
            (import "" "0" (func (result i32)))
            (elem (i32.const 0) func 0))
          (core instance $shim (instantiate $shim))
          (alias core export $shim "0" (core func $bias-shim))
          (core instance $host-args (export "bias" (func $bias-shim)))
          (core instance $main (instantiate $main (with "host" (instance $host-args))))
          (core func $bias-lowered (canon lower (func $bias)))
          (alias core export $shim "$imports" (core table $imports))
          (core instance $fixup-args (export "$imports" (table $imports)) (export "0" (func $bias-lowered)))
          (core instance (instantiate $fixup (with "" (instance $fixup-args))))
          (func $add (param "a" s32) (param "b" s32) (result s32) (canon lift (core func $main "add")))
          (instance $api (export "add" (func $add)))
          (export "test:calc/api" (instance $api)))
        """;

    /// <summary>
    /// Shared-everything linking: an <c>env</c> module owns the memory and a global; two modules import both, and
    /// <c>roundtrip(v)</c> stores through one module and loads through the other.
    /// </summary>
    public const string SharedEverything = """
        (component
          (core module $env
            (memory (export "memory") 1)
            (table (export "table") 2 funcref)
            (global (export "base") i32 (i32.const 16)))
          (core module $a
            (import "env" "memory" (memory 1))
            (import "env" "base" (global i32))
            (func (export "store") (param i32) global.get 0 local.get 0 i32.store))
          (core module $b
            (import "env" "memory" (memory 1))
            (import "env" "table" (table 2 funcref))
            (import "env" "base" (global i32))
            (import "a" "store" (func $store (param i32)))
            (func (export "roundtrip") (param i32) (result i32) local.get 0 call $store global.get 0 i32.load))
          (core instance $env (instantiate $env))
          (core instance $a (instantiate $a (with "env" (instance $env))))
          (core instance $b (instantiate $b (with "env" (instance $env)) (with "a" (instance $a))))
          (func $roundtrip (param "v" s32) (result s32) (canon lift (core func $b "roundtrip")))
          (export "roundtrip" (func $roundtrip)))
        """;

    /// <summary>Canonical options on a lift and a lower: memory, realloc, post-return, UTF-16.</summary>
    public const string Options = """
        (component
          (import "test:calc/host" (instance $host (export "log" (func (param "m" string)))))
          (alias export $host "log" (func $log))
          (core module $mem
            (memory (export "memory") 1)
            (func (export "realloc") (param i32 i32 i32 i32) (result i32) i32.const 64))
          (core instance $mem (instantiate $mem))
          (core func $log-lowered (canon lower (func $log) string-encoding=utf16 (memory (core memory $mem "memory"))))
          (core module $main
            (import "host" "log" (func (param i32 i32)))
            (func (export "echo") (param i32 i32) (result i32) i32.const 0)
            (func (export "cabi_post_echo") (param i32)))
          (core instance $host-args (export "log" (func $log-lowered)))
          (core instance $main (instantiate $main (with "host" (instance $host-args))))
          (func $echo (param "s" string) (result string)
            (canon lift (core func $main "echo") (memory (core memory $mem "memory")) (realloc (core func $mem "realloc"))
              (post-return (core func $main "cabi_post_echo"))))
          (export "echo" (func $echo)))
        """;
}
