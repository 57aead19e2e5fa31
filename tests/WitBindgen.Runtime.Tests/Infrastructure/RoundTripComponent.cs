using System.Globalization;
using System.Text;

namespace WitBindgen.Runtime.Tests.Infrastructure;

/// <summary>
/// Builds a WAT component that exports <c>test:rt/exports#roundtrip(x: T) -> T</c> and implements it by calling
/// the host import <c>test:rt/host#echo(x: T) -> T</c>, so one call moves a value host -> guest -> host -> guest
/// -> host through every lifting and lowering path.
/// </summary>
internal static class RoundTripComponent
{
    public const string ExportInterface = "test:rt/exports";
    public const string ExportFunction = "roundtrip";
    public const string HostInterface = "test:rt/host";
    public const string HostFunction = "echo";

    /// <param name="type">The component value type in WAT, e.g. <c>string</c> or <c>(record (field "a" u32))</c>.</param>
    /// <param name="flatParams">The core types of the flattened type, e.g. <c>["i32", "i32"]</c> for a string.</param>
    public static string Wat(string type, params string[] flatParams)
    {
        var retptr = flatParams.Length != 1;
        var coreParams = string.Join(" ", flatParams);
        var coreResult = retptr ? "i32" : flatParams[0];
        var forwardArgs = new StringBuilder();
        for (var i = 0; i < flatParams.Length; i++)
        {
            forwardArgs.Append(CultureInfo.InvariantCulture, $"local.get {i} ");
        }

        var importType = retptr
            ? $"(func $echo (param {coreParams} i32))"
            : $"(func $echo (param {coreParams}) (result {coreResult}))";
        var body = retptr
            ? $"{forwardArgs}i32.const 8 call $echo i32.const 8"
            : $"{forwardArgs}call $echo";

        return $$"""
            (component
              (import "{{HostInterface}}" (instance $host
                (type $t0 {{type}})
                (export "t" (type $t (eq $t0)))
                (export "{{HostFunction}}" (func (param "x" $t) (result $t)))))
              (alias export $host "t" (type $t))
              (core module $libc
                (memory (export "memory") 1)
                (global $bump (mut i32) (i32.const 64))
                (func (export "realloc") (param $old i32) (param $oldsize i32) (param $align i32) (param $size i32) (result i32)
                  (local $r i32)
                  (local.set $r (i32.and (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
                                         (i32.sub (i32.const 0) (local.get $align))))
                  (global.set $bump (i32.add (local.get $r) (local.get $size)))
                  (block $ok
                    (br_if $ok (i32.le_u (global.get $bump) (i32.mul (memory.size) (i32.const 65536))))
                    (br_if $ok (i32.ne (i32.const -1) (memory.grow
                      (i32.add (i32.shr_u (i32.sub (global.get $bump) (i32.mul (memory.size) (i32.const 65536))) (i32.const 16)) (i32.const 1)))))
                    unreachable)
                  (local.get $r))
                (func (export "reset") (global.set $bump (i32.const 64))))
              (core instance $libc (instantiate $libc))
              (alias export $host "{{HostFunction}}" (func $host-echo))
              (core func $echo-lowered (canon lower (func $host-echo)
                (memory (core memory $libc "memory")) (realloc (core func $libc "realloc"))))
              (core module $main
                (import "libc" "reset" (func $reset))
                (import "host" "echo" {{importType}})
                (func (export "roundtrip") (param {{coreParams}}) (result {{coreResult}}) {{body}})
                (func (export "post") (param {{coreResult}}) call $reset))
              (core instance $main (instantiate $main
                (with "libc" (instance $libc))
                (with "host" (instance (export "echo" (func $echo-lowered))))))
              (func $roundtrip (param "x" $t) (result $t)
                (canon lift (core func $main "roundtrip")
                  (memory (core memory $libc "memory")) (realloc (core func $libc "realloc"))
                  (post-return (core func $main "post"))))
              (instance $exports (export "{{ExportFunction}}" (func $roundtrip)))
              (export "{{ExportInterface}}" (instance $exports)))
            """;
    }
}
