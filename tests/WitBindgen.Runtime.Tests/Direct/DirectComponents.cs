namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>WAT components for the direct backend's instances: instance flags, traps and refusals.</summary>
internal static class DirectComponents
{
    public const string Ping = "test:flags/host#ping";

    /// <summary>
    /// <c>run(v) -> v</c> with a realloc and a post-return; realloc calls the import <c>ping</c>, post-return counts
    /// its calls at address 0 and calls <c>ping</c> when the result is 13; <c>call-ping</c> calls <c>ping</c>;
    /// <c>crash</c> traps and <c>spin</c> loops forever.
    /// </summary>
    public const string Flags = """
        (component
          (import "test:flags/host" (instance $host (export "ping" (func))))
          (alias export $host "ping" (func $ping))
          (core func $ping-lowered (canon lower (func $ping)))
          (core module $m
            (import "host" "ping" (func $ping))
            (memory (export "memory") 1)
            (func (export "realloc") (param i32 i32 i32 i32) (result i32) call $ping i32.const 64)
            (func (export "run") (param i32) (result i32) local.get 0)
            (func (export "post") (param i32)
              (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1)))
              (if (i32.eq (local.get 0) (i32.const 13)) (then call $ping)))
            (func (export "call-ping") call $ping)
            (func (export "crash") unreachable)
            (func (export "spin") (loop $again (br $again))))
          (core instance $host-args (export "ping" (func $ping-lowered)))
          (core instance $i (instantiate $m (with "host" (instance $host-args))))
          (func $run (param "v" s32) (result s32)
            (canon lift (core func $i "run") (memory (core memory $i "memory")) (realloc (core func $i "realloc"))
              (post-return (core func $i "post"))))
          (func $call-ping (canon lift (core func $i "call-ping")))
          (func $crash (canon lift (core func $i "crash")))
          (func $spin (canon lift (core func $i "spin")))
          (instance $api (export "run" (func $run)) (export "call-ping" (func $call-ping)) (export "crash" (func $crash)) (export "spin" (func $spin)))
          (export "test:flags/api" (instance $api)))
        """;

    /// <summary>A component defining a resource type and using its built-in <c>resource.new</c>.</summary>
    public const string Resource = """
        (component
          (type $r (resource (rep i32)))
          (core func $new (canon resource.new $r))
          (core module $m (import "" "new" (func (param i32) (result i32))))
          (core instance (instantiate $m (with "" (instance (export "new" (func $new)))))))
        """;

    /// <summary>A component lifting a function with the <c>async</c> option.</summary>
    public const string AsyncLift = """
        (component
          (core module $m (func (export "f") (result i32) i32.const 0))
          (core instance $i (instantiate $m))
          (func $f (canon lift (core func $i "f") async))
          (export "f" (func $f)))
        """;

    /// <summary>One nested component lowering a function another nested component lifts.</summary>
    public const string Composition = """
        (component
          (component $inner
            (core module $m (func (export "f") (result i32) i32.const 7))
            (core instance $i (instantiate $m))
            (func $f (result s32) (canon lift (core func $i "f")))
            (export "f" (func $f)))
          (component $outer
            (import "f" (func $f (result s32)))
            (core func $lowered (canon lower (func $f)))
            (core module $m (import "" "f" (func (result i32))) (func (export "g") (result i32) call 0))
            (core instance $i (instantiate $m (with "" (instance (export "f" (func $lowered))))))
            (func $g (result s32) (canon lift (core func $i "g")))
            (export "g" (func $g)))
          (instance $a (instantiate $inner))
          (instance $b (instantiate $outer (with "f" (func $a "f"))))
          (export "g" (func $b "g")))
        """;

    /// <summary><see cref="Composition"/> with the inner function lifted <c>async</c>, which a fused adapter cannot call yet.</summary>
    public const string AsyncComposition = """
        (component
          (component $inner
            (core module $m (func (export "f") (result i32) i32.const 0))
            (core instance $i (instantiate $m))
            (func $f (canon lift (core func $i "f") async))
            (export "f" (func $f)))
          (component $outer
            (import "f" (func $f))
            (core func $lowered (canon lower (func $f)))
            (core module $m (import "" "f" (func)) (func (export "g") (result i32) call 0 i32.const 1))
            (core instance $i (instantiate $m (with "" (instance (export "f" (func $lowered))))))
            (func $g (result s32) (canon lift (core func $i "g")))
            (export "g" (func $g)))
          (instance $a (instantiate $inner))
          (instance $b (instantiate $outer (with "f" (func $a "f"))))
          (export "g" (func $b "g")))
        """;
}
