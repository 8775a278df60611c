import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import type { Express } from 'express';
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';

/** The defaults of config/env.ts (Config['limits']); the calibration examples are written against these. */
export const DEFAULT_LIMITS = {
  maxDepth: 12,
  maxComplexity: 100_000,
  maxAliases: 30,
  maxBatch: 5,
  requestsPerMinutePerClient: 300,
  requestsPerMinutePerToken: 600,
  requestTimeoutMs: 30_000,
  maxResponseBytes: 20 * 1024 * 1024,
};

/** Answers every operation that got past the limits with {"data":{"ok":true}}, so no resolver (or database) runs. */
export function stubExecution(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation() {
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: { ok: true } } } };
        },
      };
    },
  };
}

/** `{ municipality(code: "GM0363") { regions { municipalities { … code } } } }` with exactly `depth` levels. */
export function nestedQuery(depth: number): string {
  let query = 'code';
  for (let level = depth - 1; level >= 1; level--) {
    const field = level === 1 ? 'municipality(code: "GM0363")' : level % 2 === 0 ? 'regions' : 'municipalities';
    query = `${field} { ${query} }`;
  }
  return `{ ${query} }`;
}

export interface Running {
  url: string;
  close: () => Promise<void>;
}

export async function listen(app: Express): Promise<Running> {
  const server: http.Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
