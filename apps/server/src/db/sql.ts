interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Rows of a statement with RETURNING. TypeORM's postgres driver answers UPDATE and DELETE with
 * [rows, affectedCount] but INSERT and SELECT with rows; this hides the difference.
 */
export async function rowsOf<T = Record<string, unknown>>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await db.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
