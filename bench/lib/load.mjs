// Closed-loop load: N clients, each sending its next request as soon as the previous answer has been
// read completely, over keep-alive connections (one per client).
import http from 'node:http';

/**
 * @param {{ url: string, body: string, headers?: Record<string,string>, clients: number, seconds: number,
 *           isError?: (status: number, text: string) => boolean }} options
 */
export async function runLoad({ url, body, headers = {}, clients, seconds, isError = defaultIsError }) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const payload = Buffer.from(body);
  const requestHeaders = { 'content-type': 'application/json', 'content-length': payload.length, 'accept-encoding': 'identity', ...headers };
  const latencies = [];
  let errors = 0;
  let firstError = null;
  let bytes = 0;
  const began = performance.now();
  const deadline = began + seconds * 1000;

  const once = () =>
    new Promise((resolve) => {
      const start = performance.now();
      const request = http.request(
        { agent, hostname: target.hostname, port: target.port, path: target.pathname + target.search, method: 'POST', headers: requestHeaders },
        (response) => {
          const chunks = [];
          response.on('data', (c) => chunks.push(c));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            bytes += text.length;
            latencies.push(performance.now() - start);
            if (isError(response.statusCode, text)) {
              errors++;
              firstError ??= `HTTP ${response.statusCode}: ${text.slice(0, 300)}`;
            }
            resolve();
          });
        },
      );
      request.on('error', (error) => {
        errors++;
        firstError ??= error.message;
        latencies.push(performance.now() - start);
        resolve();
      });
      request.end(payload);
    });

  const client = async () => {
    while (performance.now() < deadline) await once();
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - began) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] : null);
  return {
    requests: latencies.length,
    throughput: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors,
    firstError,
    meanBytes: latencies.length ? Math.round(bytes / latencies.length) : 0,
  };
}

function defaultIsError(status, text) {
  return status !== 200 || text.startsWith('{"errors"') || text.includes('"errors":[');
}

/** One request, parsed (for checks and set-up). */
export async function postJson(url, body, headers = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}
