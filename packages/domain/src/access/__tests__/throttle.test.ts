import { FREE_FAILURES, lockSecondsAfter, MAX_LOCK_SECONDS, registerFailure, RESET_AFTER_SECONDS, secondsLocked } from '../throttle';

const t0 = new Date('2026-11-23T10:00:00Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('login throttling', () => {
  it('lets the first failures pass without a lock', () => {
    let state = undefined;
    for (let i = 1; i < FREE_FAILURES; i++) {
      state = registerFailure(state, t0);
      expect(secondsLocked(state, t0)).toBe(0);
    }
  });

  it('locks from the fifth failure on, doubling the delay up to the maximum', () => {
    expect([5, 6, 7, 8].map(lockSecondsAfter)).toEqual([30, 60, 120, 240]);
    expect(lockSecondsAfter(40)).toBe(MAX_LOCK_SECONDS);
    let state = undefined;
    for (let i = 0; i < FREE_FAILURES; i++) state = registerFailure(state, t0);
    expect(secondsLocked(state, t0)).toBe(30);
    expect(secondsLocked(state, later(29))).toBe(1);
    expect(secondsLocked(state, later(30))).toBe(0);
  });

  it('forgets failures after a quiet hour', () => {
    let state = undefined;
    for (let i = 0; i < 8; i++) state = registerFailure(state, t0);
    const next = registerFailure(state, later(RESET_AFTER_SECONDS + 1));
    expect(next.failures).toBe(1);
    expect(next.lockedUntil).toBeNull();
  });
});
