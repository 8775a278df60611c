import type { ExecutionResult } from 'graphql';

/** Plain JSON-over-HTTP fetcher for GraphiQL against the monitor's own /graphql (no subscriptions). */
export async function fetcher(params: unknown, options?: { headers?: Record<string, unknown> }) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      ...(options?.headers as Record<string, string> | undefined),
    },
    body: JSON.stringify(params),
    credentials: 'same-origin',
  });
  return (await response.json()) as ExecutionResult;
}
