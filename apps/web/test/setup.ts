import { TextDecoder, TextEncoder } from 'node:util';
import { cleanup, configure } from '@testing-library/react';
import { toHaveNoViolations } from 'jest-axe';

// jsdom lacks these; react-router needs them.
if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
if (typeof globalThis.Request === 'undefined') {
  // Just enough of Request for react-router's client-side navigations (url, method, signal).
  class RequestShim {
    readonly url: string;
    readonly method: string;
    readonly signal: AbortSignal;
    constructor(input: string | URL, init: { method?: string; signal?: AbortSignal } = {}) {
      this.url = String(input);
      this.method = init.method ?? 'GET';
      this.signal = init.signal ?? new AbortController().signal;
    }
  }
  Object.assign(globalThis, { Request: RequestShim });
}

expect.extend(toHaveNoViolations);

// findBy*/waitFor wait for behaviour, not for a quiet machine: on a busy 2-core runner rendering can
// take seconds, so the default of one second made tests fail under load.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
});
