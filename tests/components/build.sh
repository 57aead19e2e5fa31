#!/usr/bin/env bash
# Rebuilds the test components in wasm/ from their sources (offline once the npm packages are installed):
#   all-types/   a JavaScript module + WIT world, built with componentize-js.
#   http-fetch/  a JavaScript module calling fetch() (wasi:http/outgoing-handler), built with componentize-js.
#   http-proxy/  a JavaScript fetch-event handler exporting wasi:http/incoming-handler@0.2.10 (the version
#                componentize-js 0.23's engine imports), with that version's WIT in http-proxy/deps.
#   wasi-probe/  a C reactor (clang-14 --target=wasm32-wasi, Debian: clang-14 lld-14 wasi-libc) made a component
#                with jco's componentEmbed/componentNew and the WASI preview1 reactor adapter.
#   wasi-bench/  a C command (clang-14 as above) for the WASI benchmarks, made a component with jco's componentNew
#                and the WASI preview1 command adapter.
# Usage: tests/components/build.sh   (runs `npm ci` first when node_modules is missing)
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
mkdir -p wasm
npx componentize-js all-types/all-types.js --wit all-types/all-types.wit --world-name all-types \
  --disable http fetch-event -o wasm/all-types.wasm
npx componentize-js http-fetch/http-fetch.js --wit http-fetch/http-fetch.wit --world-name http-fetch -o wasm/http-fetch.wasm
npx componentize-js http-proxy/http-proxy.js --wit http-proxy --world-name http-proxy -o wasm/http-proxy.wasm
clang-14 --target=wasm32-wasi -O2 -mexec-model=reactor -nostartfiles -Wl,--no-entry -Wl,--strip-all \
  -o wasm/wasi-probe.core.wasm wasi-probe/wasi-probe.c
node wasi-probe/build.mjs wasm/wasi-probe.core.wasm wasm/wasi-probe.wasm
rm wasm/wasi-probe.core.wasm
clang-14 --target=wasm32-wasi -O2 -Wl,--strip-all -o wasm/wasi-bench.core.wasm wasi-bench/wasi-bench.c
node wasi-bench/build.mjs wasm/wasi-bench.core.wasm wasm/wasi-bench.wasm
rm wasm/wasi-bench.core.wasm
ls -l wasm
