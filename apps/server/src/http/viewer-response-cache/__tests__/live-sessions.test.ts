import type { ActiveSession } from '../../../modules/session/session.service';
import { LiveSessions } from '../live-sessions';

const SESSION: ActiveSession = { id: 'hash', userId: 'u1', role: 'MUNICIPAL_EDITOR', municipalityCode: 'GM0363' };

function setUp(liveForMs = 60_000) {
  const state = { now: 1_000, listening: true, generation: 0, lookups: 0, answer: SESSION as ActiveSession | null };
  /** While set, the next lookup waits for it: a lookup in flight. */
  let gate: Promise<void> | null = null;
  const sessions = new LiveSessions({
    lookup: async () => {
      state.lookups++;
      const waitFor = gate;
      gate = null;
      if (waitFor) await waitFor;
      return state.answer && { session: state.answer, liveForMs };
    },
    listening: () => state.listening,
    generation: () => state.generation,
    maxAgeMs: 30_000,
    now: () => state.now,
  });
  let open = (): void => undefined;
  const hold = (): void => {
    gate = new Promise<void>((resolve) => (open = resolve));
  };
  const finish = () => open();
  return { state, sessions, hold, finish };
}

describe('LiveSessions', () => {
  it('answers a repeated lookup without the database while nothing changed, for at most maxAgeMs', async () => {
    const { state, sessions } = setUp();
    expect(await sessions.resolve('cookie')).toEqual(SESSION);
    expect(await sessions.resolve('cookie')).toEqual(SESSION);
    expect(state.lookups).toBe(1);
    state.now += 30_000;
    await sessions.resolve('cookie');
    expect(state.lookups).toBe(2);
    // another cookie is another session
    await sessions.resolve('other');
    expect(state.lookups).toBe(3);
  });

  it('never trusts a session past its expiry or idle limit', async () => {
    const { state, sessions } = setUp(5_000);
    await sessions.resolve('cookie');
    state.now += 5_000;
    state.answer = null;
    expect(await sessions.resolve('cookie')).toBeNull();
    expect(state.lookups).toBe(2);
  });

  it('asks the database again after any change (revocation, deactivation, membership): a signed-out session is not served', async () => {
    const { state, sessions } = setUp();
    await sessions.resolve('cookie');
    state.generation++;
    state.answer = null;
    expect(await sessions.resolve('cookie')).toBeNull();
    expect(await sessions.resolve('cookie')).toBeNull();
    expect(state.lookups).toBe(3);
  });

  it('fails closed while the listener is down: every request asks the database, and nothing learnt then is kept', async () => {
    const { state, sessions } = setUp();
    await sessions.resolve('cookie');
    state.listening = false;
    await sessions.resolve('cookie');
    await sessions.resolve('cookie');
    expect(state.lookups).toBe(3);
    state.answer = null;
    expect(await sessions.resolve('cookie')).toBeNull();
    state.listening = true;
    state.answer = SESSION;
    await sessions.resolve('cookie');
    await sessions.resolve('cookie');
    expect(state.lookups).toBe(5);
  });

  it('does not keep a lookup that a change overtook', async () => {
    const { state, sessions, hold, finish } = setUp();
    hold();
    const pending = sessions.resolve('cookie');
    await Promise.resolve();
    state.generation++;
    finish();
    expect(await pending).toEqual(SESSION);
    state.answer = null;
    expect(await sessions.resolve('cookie')).toBeNull();
    expect(state.lookups).toBe(2);
  });
});
