import { registerFailure, secondsLocked } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ThrottleRepository } from './throttle.repository';

export type Reservation = { allowed: false; retryAfterSeconds: number } | { allowed: true; keys: string[]; locksSet: Map<string, Date | null> };

/**
 * Password guesses per account address and per client address, kept in PostgreSQL so that every
 * server process counts the same. An attempt is reserved, and counted as a failure, BEFORE the
 * password is checked: concurrent or batched guesses each take a place in line under a row lock,
 * and once a key is locked no further password is checked, right or wrong.
 */
export class ThrottleService {
  private readonly repository: ThrottleRepository;

  constructor(dataSource: DataSource) {
    this.repository = new ThrottleRepository(dataSource);
  }

  static keys(email: string, clientAddress: string): string[] {
    return [`account:${email.toLowerCase()}`, `client:${clientAddress}`];
  }

  static accountKey(email: string): string {
    return `account:${email.toLowerCase()}`;
  }

  /** Counts one attempt on every key, or refuses when any key is locked (then nothing is counted). */
  reserve(keys: string[]): Promise<Reservation> {
    return this.repository.transaction(async (manager) => {
      const states = await this.repository.lock(manager, keys);
      const now = new Date();
      const locked = Math.max(0, ...[...states.values()].map((state) => secondsLocked(state, now)));
      if (locked > 0) return { allowed: false, retryAfterSeconds: locked };
      const locksSet = new Map<string, Date | null>();
      for (const [key, state] of states) {
        const next = registerFailure(state.failures === 0 ? undefined : state, now);
        await this.repository.save(manager, key, next);
        locksSet.set(key, next.lockedUntil);
      }
      return { allowed: true, keys: [...states.keys()], locksSet };
    });
  }

  /**
   * The right password: the account starts afresh; the client address only gets its attempt back,
   * so one valid account cannot be used to keep guessing others from the same address.
   */
  async succeed(reservation: Extract<Reservation, { allowed: true }>): Promise<void> {
    const [accountKeys, otherKeys] = [reservation.keys.filter(isAccountKey), reservation.keys.filter((k) => !isAccountKey(k))];
    await this.repository.remove(accountKeys);
    for (const key of otherKeys) await this.repository.refund(key, reservation.locksSet.get(key) ?? null);
  }

  /** After a password reset the account may try again at once. */
  clearAccount(email: string, manager?: EntityManager): Promise<void> {
    return this.repository.remove([ThrottleService.accountKey(email)], manager);
  }
}

const isAccountKey = (key: string) => key.startsWith('account:');
