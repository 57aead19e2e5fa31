// Fetches a URL through wasi:http/outgoing-handler and reports what arrived.
export async function fetchText(url) {
  try {
    const response = await fetch(url, { headers: { 'x-from-guest': 'yes' } });
    const body = await response.text();
    return `${response.status} ${response.headers.get('x-test')} ${body}`;
  } catch (error) {
    return `error: ${error}`;
  }
}
