// A small GraphQL-over-HTTP client that classifies every answer.
import http from 'node:http';
const REQUEST_TIMEOUT_MS = 60_000;

/** Traces of internals that no response may carry: stack frames, file paths, SQL. */
const LEAK =
  /(\bat [\w.<>]+ \(|\/(?:work|home|root|usr|tmp|var)\/[\w./-]+|node_modules|\.(?:js|ts):\d+:\d+|"stacktrace"|\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[^"]{0,80}\b(?:FROM|WHERE|VALUES|SET)\b)/;

export async function post(url, path, body, headers = {}) {
  const started = performance.now();
  try {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    return { status: response.status, text, headers: response.headers, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, text: '', networkError: String(error?.cause?.code ?? error?.name ?? error), ms: performance.now() - started };
  }
}

export function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The error codes of a GraphQL answer (also of a batch), or [] when it has none. */
export function errorCodes(json) {
  const answers = Array.isArray(json) ? json : [json];
  return answers.flatMap((a) => (Array.isArray(a?.errors) ? a.errors.map((e) => e?.extensions?.code ?? 'NO_CODE') : []));
}

/** Server error: network failure, 5xx, unparsable body where JSON was due, or INTERNAL_SERVER_ERROR. */
export function serverErrorOf(result, { expectJson = true } = {}) {
  if (result.status === 0) return `netwerkfout ${result.networkError}`;
  if (result.status >= 500) return `HTTP ${result.status}`;
  if (expectJson && parse(result.text) === undefined) return `geen JSON (HTTP ${result.status})`;
  if (/INTERNAL_SERVER_ERROR/.test(result.text)) return 'INTERNAL_SERVER_ERROR';
  return null;
}

export function leakOf(result) {
  const match = LEAK.exec(result.text);
  return match ? match[0].slice(0, 120) : null;
}

export async function gql(url, query, variables, cookie) {
  const body = JSON.stringify(variables === undefined ? { query } : { query, variables });
  const result = await post(url, '/graphql', body, cookie ? { cookie } : {});
  result.json = parse(result.text);
  return result;
}

/** Signs in; returns the session cookie or throws with what went wrong. */
export async function login(url, email, password) {
  const result = await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email } }', { e: email, p: password });
  const cookie = (result.headers?.get('set-cookie') ?? '').split(';')[0];
  if (result.status !== 200 || result.json?.errors || !cookie) {
    throw new Error(`inloggen als ${email} mislukte: HTTP ${result.status} ${result.text.slice(0, 300)}`);
  }
  return cookie;
}

/**
 * One request on a connection of its own (no keep-alive): a hostile request must not be blamed for
 * a pooled connection that the server closed when it had been idle for its keep-alive timeout.
 */
export function postOnNewConnection(url, path, body, headers = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(
      `${url}${path}`,
      { method: 'POST', agent: false, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks = [];
        response.on('data', (c) => chunks.push(c));
        response.on('end', () =>
          resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
        );
        response.on('error', (error) => resolve({ status: 0, text: '', networkError: String(error.code ?? error), ms: performance.now() - started }));
      },
    );
    request.setTimeout(REQUEST_TIMEOUT_MS * 2, () => request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    request.on('error', (error) => resolve({ status: 0, text: '', networkError: String(error.code ?? error), ms: performance.now() - started }));
    request.end(body);
  });
}
