import { useEffect, useState } from 'react';

export type FetchedState<T> = { status: 'loading' } | { status: 'error' } | { status: 'ready'; value: T };

/**
 * JSON fetched apart from the app bundle (map boundaries), turned into what the page draws; aborted
 * when the URL changes. `held`: the JSON the page already holds, used instead of fetching.
 */
export function useFetchedJson<Raw, T>(url: string, toValue: (raw: Raw) => T, held?: Raw): FetchedState<T> {
  const [state, setState] = useState<FetchedState<T>>(() => (held === undefined ? { status: 'loading' } : { status: 'ready', value: toValue(held) }));
  const holds = held !== undefined;

  useEffect(() => {
    if (holds) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json() as Promise<Raw>;
      })
      .then((raw) => setState({ status: 'ready', value: toValue(raw) }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          console.error(error);
          setState({ status: 'error' });
        }
      });
    return () => controller.abort();
    // toValue is a pure conversion of the fetched JSON; only the URL decides what is fetched
  }, [url, holds]);

  return state;
}
