import { useEffect, useState } from 'react';
import { Kind } from 'graphql';
import { ApolloLink, CombinedGraphQLErrors, type ApolloClient, type ErrorLike, type OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';

/*
 * The landing map's three queries go through the client's link chain (persisted-query hash first,
 * session expiry, HTTP) but not through its normalised cache: writing and reading 342
 * municipalities there cost more than drawing them. Nothing else reads these answers from the cache.
 */

export interface LinkOutcome<TData> {
  data?: TData;
  error?: ErrorLike;
}

interface Pending {
  promise: Promise<LinkOutcome<unknown>>;
  settled?: LinkOutcome<unknown>;
}

const requestsByClient = new WeakMap<ApolloClient, Map<string, Pending>>();

function keyOf(operationName: string, variables: OperationVariables | undefined): string {
  return `${operationName}\u0000${JSON.stringify(variables ?? {})}`;
}

function requestKey(document: TypedDocumentNode<unknown, never>, variables: OperationVariables | undefined): string {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return keyOf(operation?.name?.value ?? '', variables);
}

function requestsOf(client: ApolloClient): Map<string, Pending> {
  const requests = requestsByClient.get(client) ?? new Map<string, Pending>();
  requestsByClient.set(client, requests);
  return requests;
}

/**
 * Takes answers the page already holds (the landing page's HTML carries them) as if fetchOnce had
 * received them: the page's queries then find them answered and send nothing.
 */
export function rememberAnswers(
  client: ApolloClient,
  answers: readonly { operationName: string; variables: OperationVariables; data: unknown }[],
): void {
  const requests = requestsOf(client);
  for (const { operationName, variables, data } of answers) {
    const key = keyOf(operationName, variables);
    if (requests.has(key)) continue;
    const settled: LinkOutcome<unknown> = { data };
    requests.set(key, { promise: Promise.resolve(settled), settled });
  }
}

function execute(client: ApolloClient, document: TypedDocumentNode<unknown, never>, variables: OperationVariables | undefined) {
  // the same document Apollo itself would send (with __typename), so the persisted-query hash is the same
  const query = client.documentTransform.transformDocument(document);
  return new Promise<LinkOutcome<unknown>>((resolve) => {
    const subscription = ApolloLink.execute(client.link, { query, variables }, { client }).subscribe({
      next: (result) => {
        const errors = 'errors' in result ? result.errors : undefined;
        resolve(errors?.length ? { error: new CombinedGraphQLErrors(result) } : { data: 'data' in result ? result.data : undefined });
        subscription.unsubscribe();
      },
      error: (error: unknown) => resolve({ error: error instanceof Error ? error : new Error(String(error)) }),
      complete: () => resolve({ error: new Error('no result') }),
    });
  });
}

/** Sends a query once per client and variables (the prefetch and the page share it); a failed one is sent again when asked again. */
export function fetchOnce<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<LinkOutcome<TData>> {
  const doc = document as TypedDocumentNode<unknown, never>;
  const requests = requestsOf(client);
  const key = requestKey(doc, variables);
  const known = requests.get(key);
  if (known) return known.promise as Promise<LinkOutcome<TData>>;
  const pending: Pending = { promise: execute(client, doc, variables) };
  pending.promise = pending.promise.then((outcome) => {
    pending.settled = outcome;
    if (outcome.error) requests.delete(key);
    return outcome;
  });
  requests.set(key, pending);
  return pending.promise as Promise<LinkOutcome<TData>>;
}

function settledOutcome<TData>(client: ApolloClient, key: string): LinkOutcome<TData> | undefined {
  return requestsByClient.get(client)?.get(key)?.settled as LinkOutcome<TData> | undefined;
}

/** A landing query as a hook: the answer at once when the prefetch already has it, else when it arrives. */
export function useLandingQuery<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  { variables, skip = false }: { variables?: TVariables; skip?: boolean } = {},
): { data: TData | undefined; loading: boolean; error: ErrorLike | undefined } {
  const client = useApolloClient();
  const key = requestKey(document, variables);
  const [arrived, setArrived] = useState<{ key: string; outcome: LinkOutcome<TData> } | null>(null);
  useEffect(() => {
    if (skip) return;
    let current = true;
    void fetchOnce(client, document, variables).then((outcome) => {
      if (current) setArrived({ key, outcome });
    });
    return () => {
      current = false;
    };
    // the key stands for document and variables
  }, [client, key, skip]);
  const outcome = arrived?.key === key ? arrived.outcome : settledOutcome<TData>(client, key);
  if (skip) return { data: undefined, loading: false, error: undefined };
  return { data: outcome?.data, loading: !outcome, error: outcome?.error };
}
