namespace WitBindgen.Runtime.Tests.Wasi.Cli;

/// <summary>A WAT component that reads <c>wasi:cli/environment</c> and the terminal interfaces, without streams.</summary>
internal static class EnvironmentComponents
{
    /// <summary>
    /// Exports <c>arguments</c>, <c>environment</c> and <c>initial-cwd</c> (the imports' results passed on) and
    /// <c>terminals: func() -> u32</c> (bit 0, 1, 2 set when <c>get-terminal-stdin</c>, <c>-stdout</c>, <c>-stderr</c>
    /// return a terminal, which it drops).
    /// </summary>
    public const string Environment = $$"""
        (component $C
          {{WasiWat.CliEnvironmentImports}}
          (core module $mem
            (memory (export "memory") 1)
            (global $next (mut i32) (i32.const 4096))
            {{WasiWat.Realloc}})
          (core instance $mi (instantiate $mem))
          {{WasiWat.CliEnvironmentFuncs}}
          (core func $drop-input (canon resource.drop $terminal-input-type))
          (core func $drop-output (canon resource.drop $terminal-output-type))
          (core module $m
            (import "mem" "memory" (memory 1))
            {{WasiWat.CliEnvironmentCoreImports}}
            (import "wasi" "drop-input" (func $drop-input (param i32)))
            (import "wasi" "drop-output" (func $drop-output (param i32)))
            {{WasiWat.CliEnvironmentCoreFuncs}}
            (func (export "terminals") (result i32)
              (local $bits i32)
              (call $get-terminal-stdin (i32.const 64))
              (if (i32.load8_u (i32.const 64)) (then (call $drop-input (i32.load (i32.const 68))) (local.set $bits (i32.const 1))))
              (call $get-terminal-stdout (i32.const 64))
              (if (i32.load8_u (i32.const 64)) (then (call $drop-output (i32.load (i32.const 68))) (local.set $bits (i32.or (local.get $bits) (i32.const 2)))))
              (call $get-terminal-stderr (i32.const 64))
              (if (i32.load8_u (i32.const 64)) (then (call $drop-output (i32.load (i32.const 68))) (local.set $bits (i32.or (local.get $bits) (i32.const 4)))))
              (local.get $bits)))
          (core instance $i (instantiate $m
            (with "mem" (instance (export "memory" (memory $mi "memory"))))
            (with "wasi" (instance
              {{WasiWat.CliEnvironmentCoreExports}}
              (export "drop-input" (func $drop-input))
              (export "drop-output" (func $drop-output))))))
          {{WasiWat.CliEnvironmentLifts}}
          (func (export "terminals") (result u32) (canon lift (core func $i "terminals"))))
        """;
}
