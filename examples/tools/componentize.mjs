// Turns a core WebAssembly module compiled from C (wasm32-wasi, reactor) into a component:
// embeds the WIT world as the module's component type, then wraps it with the WASI preview 1 adapter.
// Usage: node componentize.mjs <core.wasm> <world.wit> <world> <out.wasm>
// The WIT is passed as text (the path-based entry points of jco do not work on every machine).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { componentEmbed, componentNew } from '@bytecodealliance/jco';

const [core, wit, world, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node componentize.mjs <core.wasm> <world.wit> <world> <out.wasm>');
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const adapterPath = join(here, 'node_modules/@bytecodealliance/jco/lib/wasi_snapshot_preview1.reactor.wasm');
const embedded = await componentEmbed({
  binary: readFileSync(core),
  witSource: readFileSync(wit, 'utf8'),
  world,
  stringEncoding: 'utf8',
});
const component = await componentNew(embedded, [['wasi_snapshot_preview1', readFileSync(adapterPath)]]);
writeFileSync(out, component);
console.log(`${out}: ${component.length} bytes`);
