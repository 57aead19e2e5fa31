// Turns the core module built from wasi-bench.c (a preview1 command) into a WASI 0.2 command component with the
// preview1 command adapter jco ships. Usage: node wasi-bench/build.mjs core.wasm out.wasm
import { readFile, writeFile } from 'node:fs/promises';
import { componentNew } from '@bytecodealliance/jco';

const [core, output] = process.argv.slice(2);
const adapterPath = new URL('../node_modules/@bytecodealliance/jco/lib/wasi_snapshot_preview1.command.wasm', import.meta.url);
const component = await componentNew(await readFile(core), [['wasi_snapshot_preview1', await readFile(adapterPath)]]);
await writeFile(output, component);
console.log(`${output}: ${component.length} bytes`);
