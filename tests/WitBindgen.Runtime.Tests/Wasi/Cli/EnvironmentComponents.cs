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
          (core func $drop-input (canon resource.drop $terminal-input-type))
          (core func $drop-output (canon resource.drop $terminal-output-type))
          (core module $m
            (import "mem" "memory" (memory 1))
            (import "wasi" "get-environment" (func $get-environment (param i32)))
            (import "wasi" "get-arguments" (func $get-arguments (param i32)))
            (import "wasi" "initial-cwd" (func $initial-cwd (param i32)))
            (import "wasi" "get-terminal-stdin" (func $get-terminal-stdin (param i32)))
            (import "wasi" "get-terminal-stdout" (func $get-terminal-stdout (param i32)))
            (import "wasi" "get-terminal-stderr" (func $get-terminal-stderr (param i32)))
            (import "wasi" "drop-input" (func $drop-input (param i32)))
            (import "wasi" "drop-output" (func $drop-output (param i32)))
            (func (export "arguments") (result i32) (call $get-arguments (i32.const 64)) (i32.const 64))
            (func (export "environment") (result i32) (call $get-environment (i32.const 64)) (i32.const 64))
            (func (export "initial-cwd") (result i32) (call $initial-cwd (i32.const 64)) (i32.const 64))
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
              (export "get-environment" (func $get-environment-l))
              (export "get-arguments" (func $get-arguments-l))
              (export "initial-cwd" (func $initial-cwd-l))
              (export "get-terminal-stdin" (func $get-terminal-stdin-l))
              (export "get-terminal-stdout" (func $get-terminal-stdout-l))
              (export "get-terminal-stderr" (func $get-terminal-stderr-l))
              (export "drop-input" (func $drop-input))
              (export "drop-output" (func $drop-output))))))
          (func (export "arguments") (result (list string)) (canon lift (core func $i "arguments") (memory (core memory $mi "memory"))))
          (func (export "environment") (result (list (tuple string string))) (canon lift (core func $i "environment") (memory (core memory $mi "memory"))))
          (func (export "initial-cwd") (result (option string)) (canon lift (core func $i "initial-cwd") (memory (core memory $mi "memory"))))
          (func (export "terminals") (result u32) (canon lift (core func $i "terminals"))))
        """;
}
