// Turns a core WebAssembly module compiled from C (wasm32-wasi, reactor) into a component:
// embeds the WIT world as the module's component type, then wraps it with the WASI preview 1 adapter.
// Usage: node componentize.mjs [--no-imports] <core.wasm> <world.wit> <world> <out.wasm>
// --no-imports: the module must import nothing (no wasi_snapshot_preview1), and the component is made without
// the adapter, so that it imports nothing either; a module that imports anything is refused, naming the imports.
// The WIT is passed as text (the path-based entry points of jco do not work on every machine).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { componentEmbed, componentNew } from '@bytecodealliance/jco';

const args = process.argv.slice(2);
const noImports = args[0] === '--no-imports';
const [core, wit, world, out] = noImports ? args.slice(1) : args;
if (!out) {
  console.error('usage: node componentize.mjs [--no-imports] <core.wasm> <world.wit> <world> <out.wasm>');
  process.exit(2);
}

const binary = readFileSync(core);
const imports = WebAssembly.Module.imports(new WebAssembly.Module(binary));
if (noImports && imports.length > 0) {
  const names = imports.map(i => `${i.module}.${i.name}`).join(', ');
  console.error(`${core}: the module must import nothing, but imports ${names}`);
  process.exit(1);
}

const embedded = await componentEmbed({
  binary,
  witSource: readFileSync(wit, 'utf8'),
  world,
  stringEncoding: 'utf8',
});
const here = dirname(fileURLToPath(import.meta.url));
const adapterPath = join(here, 'node_modules/@bytecodealliance/jco/lib/wasi_snapshot_preview1.reactor.wasm');
const adapters = noImports ? [] : [['wasi_snapshot_preview1', readFileSync(adapterPath)]];
const component = await componentNew(embedded, adapters);
writeFileSync(out, component);
console.log(`${out}: ${component.length} bytes${noImports ? ', imports nothing' : ''}`);
