// Turns the core module built from wasi-probe.c into a component: embeds the WIT world, then adapts the WASI
// preview1 imports to WASI 0.2 with the reactor adapter jco ships. Usage: node wasi-probe/build.mjs core.wasm out.wasm
import { readFile, writeFile } from 'node:fs/promises';
import { componentEmbed, componentNew } from '@bytecodealliance/jco';

const [core, output] = process.argv.slice(2);
const adapterPath = new URL('../node_modules/@bytecodealliance/jco/lib/wasi_snapshot_preview1.reactor.wasm', import.meta.url);
const witSource = await readFile(new URL('./wasi-probe.wit', import.meta.url), 'utf8');
const embedded = await componentEmbed({ binary: await readFile(core), witSource, world: 'wasi-probe' });
const component = await componentNew(embedded, [['wasi_snapshot_preview1', await readFile(adapterPath)]]);
await writeFile(output, component);
console.log(`${output}: ${component.length} bytes`);
