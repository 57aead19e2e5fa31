namespace WitBindgen.Runtime.Tests.Wasi.Cli;

/// <summary>WAT components that end themselves through <c>wasi:cli/exit</c>.</summary>
internal static class ExitComponents
{
    /// <summary>Exports <c>exit-ok</c> and <c>exit-err</c> (calling <c>exit</c> with ok and err) and <c>answer: func() -> u32</c> (42).</summary>
    public const string Exit = """
        (component
          (import "wasi:cli/exit@0.2.12" (instance $exit
            (export "exit" (func (param "status" (result))))))
          (alias export $exit "exit" (func $exit-f))
          (core func $exit-l (canon lower (func $exit-f)))
          (core module $m
            (import "wasi" "exit" (func $exit (param i32)))
            (func (export "exit-ok") (call $exit (i32.const 0)))
            (func (export "exit-err") (call $exit (i32.const 1)))
            (func (export "answer") (result i32) (i32.const 42)))
          (core instance $i (instantiate $m (with "wasi" (instance (export "exit" (func $exit-l))))))
          (func (export "exit-ok") (canon lift (core func $i "exit-ok")))
          (func (export "exit-err") (canon lift (core func $i "exit-err")))
          (func (export "answer") (result u32) (canon lift (core func $i "answer"))))
        """;

    /// <summary>Exports <c>exit-with(code: u8)</c>, calling <c>exit-with-code</c>.</summary>
    public const string ExitWithCode = """
        (component
          (import "wasi:cli/exit@0.2.12" (instance $exit
            (export "exit-with-code" (func (param "status-code" u8)))))
          (alias export $exit "exit-with-code" (func $exit-f))
          (core func $exit-l (canon lower (func $exit-f)))
          (core module $m
            (import "wasi" "exit" (func $exit (param i32)))
            (func (export "exit-with") (param i32) (call $exit (local.get 0))))
          (core instance $i (instantiate $m (with "wasi" (instance (export "exit" (func $exit-l))))))
          (func (export "exit-with") (param "code" u8) (canon lift (core func $i "exit-with"))))
        """;

    /// <summary>A component whose core module's start function calls <c>exit</c> with err, so instantiating it exits.</summary>
    public const string ExitOnStart = """
        (component
          (import "wasi:cli/exit@0.2.12" (instance $exit
            (export "exit" (func (param "status" (result))))))
          (alias export $exit "exit" (func $exit-f))
          (core func $exit-l (canon lower (func $exit-f)))
          (core module $m
            (import "wasi" "exit" (func $exit (param i32)))
            (func $start (call $exit (i32.const 1)))
            (start $start)
            (func (export "answer") (result i32) (i32.const 42)))
          (core instance $i (instantiate $m (with "wasi" (instance (export "exit" (func $exit-l))))))
          (func (export "answer") (result u32) (canon lift (core func $i "answer"))))
        """;
}
