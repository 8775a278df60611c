import type { EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';

/* The export module owns export_project (research export projects and their pseudonymisation secrets). */

export interface ExportProjectRow {
  id: string;
  owner_user_id: string;
  name: string;
  purpose: string;
  named: boolean;
  created_at: Date;
  export_count: number;
  last_export_at: Date | null;
}

const PUBLIC_COLUMNS = 'id, owner_user_id, name, purpose, named, created_at, export_count, last_export_at';

export async function insertExportProject(
  db: EntityManager,
  project: { ownerUserId: string; name: string; purpose: string; named: boolean; secret: Buffer },
): Promise<ExportProjectRow> {
  const [row] = await rowsOf<ExportProjectRow>(
    db,
    `INSERT INTO export_project (owner_user_id, name, purpose, named, secret) VALUES ($1, $2, $3, $4, $5) RETURNING ${PUBLIC_COLUMNS}`,
    [project.ownerUserId, project.name, project.purpose, project.named, project.secret],
  );
  return row;
}

/** The owner's projects, newest first. */
export function exportProjectsOf(db: EntityManager, ownerUserId: string, limit: number): Promise<ExportProjectRow[]> {
  return rowsOf<ExportProjectRow>(db, `SELECT ${PUBLIC_COLUMNS} FROM export_project WHERE owner_user_id = $1 ORDER BY created_at DESC, id LIMIT $2`, [
    ownerUserId,
    limit,
  ]);
}

/** A project with its secret, only for its owner (null otherwise, so others learn nothing). */
export async function ownedExportProject(
  db: EntityManager,
  id: string,
  ownerUserId: string,
): Promise<(ExportProjectRow & { secret: Buffer }) | null> {
  const [row] = await rowsOf<ExportProjectRow & { secret: Buffer }>(
    db,
    `SELECT ${PUBLIC_COLUMNS}, secret FROM export_project WHERE id = $1 AND owner_user_id = $2`,
    [id, ownerUserId],
  );
  return row ?? null;
}

export async function countExport(db: EntityManager, id: string): Promise<void> {
  await db.query('UPDATE export_project SET export_count = export_count + 1, last_export_at = now() WHERE id = $1', [id]);
}
