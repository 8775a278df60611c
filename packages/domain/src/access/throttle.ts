/**
 * Login throttling: after FREE_FAILURES failed attempts in a row, every further failure locks the
 * key (an account address or a client address) for a delay that doubles, up to MAX_LOCK_SECONDS.
 * Failures older than RESET_AFTER_SECONDS are forgotten.
 */
export const FREE_FAILURES = 5;
export const FIRST_LOCK_SECONDS = 30;
export const MAX_LOCK_SECONDS = 15 * 60;
export const RESET_AFTER_SECONDS = 60 * 60;

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

export function lockSecondsAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/** State after one more failure at `now`. */
export function registerFailure(previous: ThrottleState | undefined, now: Date): ThrottleState {
  const stale = !previous || now.getTime() - previous.lastFailureAt.getTime() > RESET_AFTER_SECONDS * 1000;
  const failures = stale ? 1 : previous.failures + 1;
  const lock = lockSecondsAfter(failures);
  return { failures, lastFailureAt: now, lockedUntil: lock > 0 ? new Date(now.getTime() + lock * 1000) : null };
}

/** Seconds until the key may try again; 0 when it may try now. */
export function secondsLocked(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000));
}
