import type { Logger } from 'typeorm';

/** A TypeORM logger that only counts the SQL statements sent, for tests that bound how many a request needs. */
export interface CountingLogger extends Logger {
  /** Statements sent since the logger was made or last reset. */
  readonly statements: number;
  reset(): void;
}

export function countingLogger(): CountingLogger {
  let statements = 0;
  return {
    get statements() {
      return statements;
    },
    reset: () => {
      statements = 0;
    },
    logQuery: () => void statements++,
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
}
