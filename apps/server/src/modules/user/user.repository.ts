import type { DataSource } from 'typeorm';

/** True when an active administrator exists who is not a demo account. */
export async function realAdministratorExists(dataSource: DataSource): Promise<boolean> {
  const rows: { exists: boolean }[] = await dataSource.query(
    "SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'ADMIN' AND active AND NOT is_demo) AS exists",
  );
  return rows[0]?.exists === true;
}
