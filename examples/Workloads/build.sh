#!/usr/bin/env bash
# Rebuilds workloads.wasm, the component of the WebAssembly column, from c/ and wit/:
#   clang-14 (wasm32-wasi, reactor) -> core module -> component (jco's componentEmbed + componentNew, no
#   adapter) through ../tools/componentize.mjs --no-imports, so the component imports nothing.
# The C uses no I/O, clock or exit; the only WASI calls wasi-libc would link are fd_write, fd_seek and fd_close
# of stderr, from the message snprintf and strtod print when long double support is left out. Linking
# -lc-printscan-long-double (the full formatting and parsing) leaves that path out; --no-imports checks it.
# Needs: apt-get install -y clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32; Node.js (npm ci runs in
# ../tools when its node_modules is missing). The result is committed, so running the example needs none of this.
set -euo pipefail
cd "$(dirname "$0")"
tools=../tools
[ -d "$tools/node_modules" ] || (cd "$tools" && npm ci --no-audit --no-fund)
core=$(mktemp --suffix=.wasm)
trap 'rm -f "$core"' EXIT
clang-14 --target=wasm32-wasi --sysroot=/usr -O2 -mexec-model=reactor -Wall -Wextra -Werror \
  -Wl,--export=cabi_realloc -Wl,-z,stack-size=1048576 \
  -o "$core" c/component.c c/workloads.c -lc-printscan-long-double
node "$tools/componentize.mjs" --no-imports "$core" wit/workloads.wit workloads workloads.wasm
