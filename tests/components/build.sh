#!/usr/bin/env bash
# Rebuilds the test components in wasm/ from their sources (offline once the npm packages are installed):
#   all-types/  a JavaScript module + WIT world, built with componentize-js.
# Usage: tests/components/build.sh   (runs `npm ci` first when node_modules is missing)
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
mkdir -p wasm
npx componentize-js all-types/all-types.js --wit all-types/all-types.wit --world-name all-types \
  --disable http fetch-event -o wasm/all-types.wasm
ls -l wasm
