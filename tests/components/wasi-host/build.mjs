// Builds a component that imports every interface of the runtime's WASI world (Wasi/wit/host.wit) from a dummy core
// module: the reference the direct backend matches a component's wasi: imports against.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { componentEmbed, componentNew } from '@bytecodealliance/jco';

// Usage (from tests/components, after npm ci): node wasi-host/build.mjs ../../runtime/WitBindgen.Runtime/Wasi/wit ../../runtime/WitBindgen.Runtime/Wasi/wit/host.wasm
const [wit, output] = process.argv.slice(2);
let source = await readFile(join(wit, 'host.wit'), 'utf8');
for (const dep of (await readdir(join(wit, 'deps'))).sort()) {
  let header = null;
  let body = '';
  for (const file of (await readdir(join(wit, 'deps', dep))).filter(f => f.endsWith('.wit')).sort()) {
    const text = await readFile(join(wit, 'deps', dep, file), 'utf8');
    body += text.replace(/^package ([^;]+);$/m, (_, name) => { header = name; return ''; }) + '\n';
  }
  source += `\npackage ${header} {\n${body}\n}\n`;
}
const embedded = await componentEmbed({ dummy: true, witSource: source, world: 'witbindgen:wasi-host/host', features: { tag: 'list', val: ['clocks-timezone'] } });
const component = await componentNew(embedded);
await writeFile(output, component);
console.log(`${output}: ${component.length} bytes`);
