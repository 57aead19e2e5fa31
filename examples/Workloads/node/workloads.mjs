// The JavaScript column: the three workloads in plain JavaScript, timed inside Node.js.
// Usage: node workloads.mjs <image.rgba> <width> <height> <dst-width> <dst-height> <orders.json> <fib-n> <repetitions> <warmups>
// Prints one line per workload: <name> <checksum as 16 hex digits> <milliseconds per repetition...>
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [imagePath, sw, sh, dw, dh, jsonPath, fibN, repetitions, warmups] = process.argv.slice(2);
if (warmups === undefined) {
  console.error('usage: node workloads.mjs <image.rgba> <width> <height> <dst-width> <dst-height> <orders.json> <fib-n> <repetitions> <warmups>');
  process.exit(2);
}

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

// Source position of destination index d in 1/256 pixel, as in c/workloads.c.
function axis(dn, s) {
  const i0 = new Int32Array(dn), i1 = new Int32Array(dn), w = new Int32Array(dn);
  for (let d = 0; d < dn; d++) {
    let f = Math.floor(((2 * d + 1) * s * 128) / dn) - 128;
    if (f < 0) f = 0;
    i0[d] = f >> 8;
    w[d] = f & 255;
    i1[d] = i0[d] + 1 < s ? i0[d] + 1 : s - 1;
  }
  return { i0, i1, w };
}

function resample(src, sw, sh, dw, dh) {
  const dst = new Uint8Array(dw * dh * 4);
  const xs = axis(dw, sw), ys = axis(dh, sh);
  for (let dy = 0; dy < dh; dy++) {
    const r0 = ys.i0[dy] * sw * 4, r1 = ys.i1[dy] * sw * 4, wy = ys.w[dy];
    let o = dy * dw * 4;
    for (let dx = 0; dx < dw; dx++) {
      const x0 = xs.i0[dx] * 4, x1 = xs.i1[dx] * 4, wx = xs.w[dx];
      const w00 = (256 - wx) * (256 - wy), w10 = wx * (256 - wy), w01 = (256 - wx) * wy, w11 = wx * wy;
      for (let c = 0; c < 4; c++) {
        const v = src[r0 + x0 + c] * w00 + src[r0 + x1 + c] * w10 + src[r1 + x0 + c] * w01 + src[r1 + x1 + c] * w11;
        dst[o++] = (v + 32768) >>> 16;
      }
    }
  }
  return dst;
}

function checksum(bytes) {
  let s1 = 0, s2 = 0;
  for (let i = 0; i < bytes.length; i++) {
    s1 = (s1 + bytes[i]) >>> 0;
    s2 = (s2 + s1) >>> 0;
  }
  return (BigInt(s2) << 32n) | BigInt(s1);
}

const cents = (value) => Math.round(value * 100);

function summarize(text) {
  const document = JSON.parse(text);
  let ids = 0, quantity = 0, priceCents = 0, discounts = 0, discountCents = 0, paid = 0, nameBytes = 0, tags = 0,
    notes = 0, noteBytes = 0;
  for (const order of document.orders) {
    ids += order.id;
    nameBytes += order.customer.name.length; // the generated names are ASCII: length is the UTF-8 byte count
    tags += order.customer.tags.length;
    if (order.paid === true) paid++;
    if (typeof order.note === 'string') { notes++; noteBytes += order.note.length; }
    for (const item of order.items) {
      quantity += item.quantity;
      priceCents += cents(item.price);
      if (typeof item.discount === 'number') { discounts++; discountCents += cents(item.discount); }
    }
  }
  let h = 14695981039346656037n;
  for (const v of [document.orders.length, ids, quantity, priceCents, discounts, discountCents, paid, nameBytes, tags,
    notes, noteBytes]) {
    h = BigInt.asUintN(64, (h ^ BigInt.asUintN(64, BigInt(v))) * 1099511628211n);
  }
  return h;
}

function run(name, work) {
  const times = [];
  let result;
  for (let w = 0; w < Number(warmups); w++) result = work(); // untimed, so that the JIT has compiled it
  for (let r = 0; r < Number(repetitions); r++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  console.log(`${name} ${BigInt.asUintN(64, BigInt(result)).toString(16).padStart(16, '0')} ${times.map((t) => t.toFixed(3)).join(' ')}`);
}

const image = new Uint8Array(readFileSync(imagePath));
const text = readFileSync(jsonPath, 'utf8');
const n = Number(fibN);
run('fib', () => fib(n));
run('resample', () => checksum(resample(image, Number(sw), Number(sh), Number(dw), Number(dh))));
run('json', () => summarize(text));
