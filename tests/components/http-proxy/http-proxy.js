// Answers GET /bytes/<n> with n bytes (byte i is i % 251), streamed in chunks as they are made,
// and any other request with its method, path and body echoed back.
addEventListener('fetch', (event) => event.respondWith(handle(event.request)));

const chunk = 64 * 1024;
// The byte pattern from every starting point: pattern[k..k + chunk) is bytes k, k + 1, ... modulo 251.
const pattern = new Uint8Array(chunk + 251);
for (let i = 0; i < pattern.length; i++) {
  pattern[i] = i % 251;
}

async function handle(request) {
  const url = new URL(request.url);
  const match = /^\/bytes\/(\d+)$/.exec(url.pathname);
  if (match) {
    const total = Number(match[1]);
    let sent = 0;
    const stream = new ReadableStream({
      pull(controller) {
        if (sent >= total) {
          controller.close();
          return;
        }
        const size = Math.min(chunk, total - sent);
        const start = sent % 251;
        sent += size;
        controller.enqueue(pattern.slice(start, start + size));
      },
    });
    return new Response(stream, { status: 200, headers: { 'content-type': 'application/octet-stream' } });
  }
  const body = await request.text();
  return new Response(`${request.method} ${url.pathname} ${body}`, { status: 201, headers: { 'x-proxy': 'js' } });
}
