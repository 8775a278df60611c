import type { EntityManager } from 'typeorm';

/**
 * The reference-data module owns reference_dataset: the checksum of each loaded set of shipped files
 * (geography, districts, risk factors, statistics extracts), so that a load is skipped when unchanged.
 */

export async function loadedChecksum(db: EntityManager, name: string): Promise<string | null> {
  const [previous] = await db.query<{ checksum: string }[]>('SELECT checksum FROM reference_dataset WHERE name = $1', [name]);
  return previous?.checksum ?? null;
}

export async function recordLoaded(db: EntityManager, name: string, checksum: string): Promise<void> {
  await db.query(
    `INSERT INTO reference_dataset (name, checksum) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = now()`,
    [name, checksum],
  );
}
