import type { DataSource } from 'typeorm';

/** Any fixed number; every process of the monitor on one database takes this advisory lock at start. */
const STARTUP_LOCK = 7_267_001;

/**
 * Runs `work` (migrations, reference data, seeds) while holding a PostgreSQL advisory lock, so that
 * several server processes starting at once on one database do it one after the other.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
