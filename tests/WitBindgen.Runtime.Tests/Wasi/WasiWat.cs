namespace WitBindgen.Runtime.Tests.Wasi;

/// <summary>
/// WAT text the test components share: the imports of the WASI interfaces they call, laid out as the component's
/// own import lines, and the bump allocator their memory modules export. Each is placed with <c>{{…}}</c>
/// in a <c>$$</c> raw string.
/// </summary>
internal static class WasiWat
{
    /// <summary>
    /// The imports of <c>wasi:io/error</c> and the start of <c>wasi:io/streams</c> (<c>$streams</c>) up to its
    /// functions: its resources, <c>$se</c>, <c>$borrow-out</c>, <c>$borrow-in</c>, <c>$bytes</c>,
    /// <c>$write-result</c> and <c>$read-result</c>; the functions and the instance's closing parentheses follow.
    /// </summary>
    public const string StreamsImportHead = """
        (import "wasi:io/error@0.2.12" (instance $ioerror (export "error" (type (sub resource)))))
        (alias export $ioerror "error" (type $error))
        (import "wasi:io/streams@0.2.12" (instance $streams
          (alias outer $C $error (type $e0))
          (export "error" (type $e (eq $e0)))
          (export "output-stream" (type $out (sub resource)))
          (export "input-stream" (type $in (sub resource)))
          (type $own-error (own $e))
          (type $stream-error (variant (case "last-operation-failed" $own-error) (case "closed")))
          (export "stream-error" (type $se (eq $stream-error)))
          (type $borrow-out (borrow $out))
          (type $borrow-in (borrow $in))
          (type $bytes (list u8))
          (type $write-result (result (error $se)))
          (type $read-result (result $bytes (error $se)))
        """;

    /// <summary>The import of <c>wasi:cli/stdout</c> (<c>$stdout</c>), once <c>$output-stream</c> is aliased.</summary>
    public const string StdoutImport = """
        (import "wasi:cli/stdout@0.2.12" (instance $stdout
          (alias outer $C $output-stream (type $o0))
          (export "output-stream" (type $o (eq $o0)))
          (type $own (own $o))
          (export "get-stdout" (func (result $own)))))
        """;

    /// <summary>The import of <c>wasi:cli/stdin</c> (<c>$stdin</c>), after <c>$input-stream</c> is aliased.</summary>
    public const string StdinImport = """
        (import "wasi:cli/stdin@0.2.12" (instance $stdin
          (alias outer $C $input-stream (type $i0))
          (export "input-stream" (type $i (eq $i0)))
          (type $own (own $i))
          (export "get-stdin" (func (result $own)))))
        """;

    /// <summary>
    /// The imports of <c>wasi:cli/environment</c> and the five terminal interfaces, each instance named as its
    /// interface.
    /// </summary>
    public const string CliEnvironmentImports = """
        (import "wasi:cli/environment@0.2.12" (instance $environment
          (type $pairs (list (tuple string string)))
          (type $strings (list string))
          (type $cwd (option string))
          (export "get-environment" (func (result $pairs)))
          (export "get-arguments" (func (result $strings)))
          (export "initial-cwd" (func (result $cwd)))))
        (import "wasi:cli/terminal-input@0.2.12" (instance $terminal-input (export "terminal-input" (type (sub resource)))))
        (alias export $terminal-input "terminal-input" (type $terminal-input-type))
        (import "wasi:cli/terminal-output@0.2.12" (instance $terminal-output (export "terminal-output" (type (sub resource)))))
        (alias export $terminal-output "terminal-output" (type $terminal-output-type))
        (import "wasi:cli/terminal-stdin@0.2.12" (instance $terminal-stdin
          (alias outer $C $terminal-input-type (type $t0))
          (export "terminal-input" (type $t (eq $t0)))
          (type $own (own $t))
          (type $maybe (option $own))
          (export "get-terminal-stdin" (func (result $maybe)))))
        (import "wasi:cli/terminal-stdout@0.2.12" (instance $terminal-stdout
          (alias outer $C $terminal-output-type (type $t0))
          (export "terminal-output" (type $t (eq $t0)))
          (type $own (own $t))
          (type $maybe (option $own))
          (export "get-terminal-stdout" (func (result $maybe)))))
        (import "wasi:cli/terminal-stderr@0.2.12" (instance $terminal-stderr
          (alias outer $C $terminal-output-type (type $t0))
          (export "terminal-output" (type $t (eq $t0)))
          (type $own (own $t))
          (type $maybe (option $own))
          (export "get-terminal-stderr" (func (result $maybe)))))
        """;

    /// <summary>
    /// The <c>realloc</c> of a memory module with a global <c>$next</c>: a bump allocator that reallocates in place
    /// when the size does not grow and grows the memory when it must.
    /// </summary>
    public const string Realloc = """
        (func (export "realloc") (param i32 i32 i32 i32) (result i32)
          (local $p i32)
          (if (i32.and (i32.ne (local.get 0) (i32.const 0)) (i32.le_u (local.get 3) (local.get 1))) (then (return (local.get 0))))
          (local.set $p (global.get $next))
          (global.set $next (i32.add (global.get $next) (i32.and (i32.add (local.get 3) (i32.const 7)) (i32.const -8))))
          (if (i32.gt_u (global.get $next) (i32.mul (memory.size) (i32.const 65536)))
            (then (if (i32.eq (memory.grow (i32.add (i32.shr_u (i32.sub (global.get $next) (i32.mul (memory.size) (i32.const 65536))) (i32.const 16)) (i32.const 1))) (i32.const -1)) (then unreachable))))
          (if (local.get 0) (then (memory.copy (local.get $p) (local.get 0) (local.get 1))))
          (local.get $p))
        """;

    /// <summary>
    /// The functions of <see cref="CliEnvironmentImports"/> aliased and lowered into the memory <c>$mi</c>
    /// (<c>$get-environment-l</c>, <c>$get-arguments-l</c>, <c>$initial-cwd-l</c>, <c>$get-terminal-stdin-l</c>, …).
    /// </summary>
    public const string CliEnvironmentFuncs = """
        (alias export $environment "get-environment" (func $get-environment))
        (alias export $environment "get-arguments" (func $get-arguments))
        (alias export $environment "initial-cwd" (func $initial-cwd))
        (alias export $terminal-stdin "get-terminal-stdin" (func $get-terminal-stdin))
        (alias export $terminal-stdout "get-terminal-stdout" (func $get-terminal-stdout))
        (alias export $terminal-stderr "get-terminal-stderr" (func $get-terminal-stderr))
        (core func $get-environment-l (canon lower (func $get-environment) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
        (core func $get-arguments-l (canon lower (func $get-arguments) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
        (core func $initial-cwd-l (canon lower (func $initial-cwd) (memory (core memory $mi "memory")) (realloc (core func $mi "realloc"))))
        (core func $get-terminal-stdin-l (canon lower (func $get-terminal-stdin) (memory (core memory $mi "memory"))))
        (core func $get-terminal-stdout-l (canon lower (func $get-terminal-stdout) (memory (core memory $mi "memory"))))
        (core func $get-terminal-stderr-l (canon lower (func $get-terminal-stderr) (memory (core memory $mi "memory"))))
        """;

    /// <summary>
    /// The core module's imports of <see cref="CliEnvironmentFuncs"/> from its <c>"wasi"</c> instance, each filling a
    /// return area it is given.
    /// </summary>
    public const string CliEnvironmentCoreImports = """
        (import "wasi" "get-environment" (func $get-environment (param i32)))
        (import "wasi" "get-arguments" (func $get-arguments (param i32)))
        (import "wasi" "initial-cwd" (func $initial-cwd (param i32)))
        (import "wasi" "get-terminal-stdin" (func $get-terminal-stdin (param i32)))
        (import "wasi" "get-terminal-stdout" (func $get-terminal-stdout (param i32)))
        (import "wasi" "get-terminal-stderr" (func $get-terminal-stderr (param i32)))
        """;

    /// <summary>
    /// The core module's <c>arguments</c>, <c>environment</c> and <c>initial-cwd</c>: the import's result, in the
    /// return area at 64.
    /// </summary>
    public const string CliEnvironmentCoreFuncs = """
        (func (export "arguments") (result i32) (call $get-arguments (i32.const 64)) (i32.const 64))
        (func (export "environment") (result i32) (call $get-environment (i32.const 64)) (i32.const 64))
        (func (export "initial-cwd") (result i32) (call $initial-cwd (i32.const 64)) (i32.const 64))
        """;

    /// <summary>
    /// The exports of <see cref="CliEnvironmentFuncs"/> in the <c>"wasi"</c> instance the core module is instantiated
    /// with.
    /// </summary>
    public const string CliEnvironmentCoreExports = """
        (export "get-environment" (func $get-environment-l))
        (export "get-arguments" (func $get-arguments-l))
        (export "initial-cwd" (func $initial-cwd-l))
        (export "get-terminal-stdin" (func $get-terminal-stdin-l))
        (export "get-terminal-stdout" (func $get-terminal-stdout-l))
        (export "get-terminal-stderr" (func $get-terminal-stderr-l))
        """;

    /// <summary>
    /// The component's <c>arguments</c>, <c>environment</c> and <c>initial-cwd</c>, lifted from the core instance
    /// <c>$i</c>.
    /// </summary>
    public const string CliEnvironmentLifts = """
        (func (export "arguments") (result (list string)) (canon lift (core func $i "arguments") (memory (core memory $mi "memory"))))
        (func (export "environment") (result (list (tuple string string))) (canon lift (core func $i "environment") (memory (core memory $mi "memory"))))
        (func (export "initial-cwd") (result (option string)) (canon lift (core func $i "initial-cwd") (memory (core memory $mi "memory"))))
        """;
}
