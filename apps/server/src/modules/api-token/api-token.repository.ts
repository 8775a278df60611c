import type { Role, TokenScope } from '@monitor/domain';
import type { EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';

/** The api-token module owns api_token. */

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  created_at: Date;
  expires_at: Date;
  first_used_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface UsedTokenRow {
  id: string;
  name: string;
  scopes: TokenScope[];
  user_id: string;
  role: Role;
  municipality_code: string | null;
  first_use: boolean;
}

export async function insertApiToken(
  db: EntityManager,
  token: { userId: string; name: string; hash: string; prefix: string; scopes: TokenScope[]; expiresInDays: number },
): Promise<ApiTokenRow> {
  const [row] = await rowsOf<ApiTokenRow>(
    db,
    `INSERT INTO api_token (user_id, name, token_hash, prefix, scopes, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6)) RETURNING *`,
    [token.userId, token.name, token.hash, token.prefix, token.scopes, token.expiresInDays],
  );
  return row;
}

export function apiTokensOf(db: EntityManager, userId: string): Promise<ApiTokenRow[]> {
  return db.query<ApiTokenRow[]>('SELECT * FROM api_token WHERE user_id = $1 ORDER BY created_at DESC', [userId]);
}

/** Revokes one token of this user (idempotent); null when the user has no such token. */
export async function revokeApiToken(db: EntityManager, id: string, userId: string): Promise<ApiTokenRow | null> {
  const [row] = await rowsOf<ApiTokenRow>(
    db,
    `UPDATE api_token SET revoked_at = coalesce(revoked_at, now())
      WHERE id::text = $1 AND user_id = $2 RETURNING *`,
    [id, userId],
  );
  return row ?? null;
}

/**
 * Records the use of a working token and answers its owner. Runs on every token request, so it
 * reads app_user (user module) and municipality (municipality module) in the same statement
 * (docs/architecture.md, "Cross-module reads").
 */
export async function useApiToken(db: EntityManager, hash: string): Promise<UsedTokenRow | null> {
  const [row] = await rowsOf<UsedTokenRow>(
    db,
    `UPDATE api_token t SET last_used_at = now(), first_used_at = coalesce(t.first_used_at, now())
       FROM app_user u LEFT JOIN municipality m ON m.id = u.municipality_id
      WHERE t.token_hash = $1 AND u.id = t.user_id AND u.active AND t.revoked_at IS NULL AND t.expires_at > now()
      RETURNING t.id, t.name, t.scopes, u.id AS user_id, u.role, m.code AS municipality_code,
                (t.first_used_at = t.last_used_at) AS first_use`,
    [hash],
  );
  return row ?? null;
}

/** Revokes every live token of a user; the number revoked. */
export async function revokeApiTokensOf(db: EntityManager, userId: string): Promise<number> {
  const rows = await rowsOf<{ id: string }>(db, 'UPDATE api_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id', [
    userId,
  ]);
  return rows.length;
}

/** Revokes every live token of these users. */
export async function revokeApiTokensOfUsers(db: EntityManager, userIds: string[]): Promise<void> {
  await db.query('UPDATE api_token SET revoked_at = now() WHERE user_id = ANY($1) AND revoked_at IS NULL', [userIds]);
}
