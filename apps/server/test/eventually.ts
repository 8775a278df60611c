/** How long a test waits for something that happens asynchronously (a change notification, say). */
export const EVENTUALLY_MS = 120_000;

/**
 * Repeats `attempt` until its value passes `done`, or the time is up; returns the last value, so that
 * the test's own assertion on it says what was still wrong.
 */
export async function eventually<T>(attempt: () => Promise<T>, done: (value: T) => boolean, waitMs = EVENTUALLY_MS): Promise<T> {
  const until = Date.now() + waitMs;
  for (;;) {
    const value = await attempt();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
