import { searchKey } from '@monitor/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * municipality.search_name was a generated column with its own SQL rule, different from the web's
 * and the domain's. It now holds the domain's searchKey(name), written by the reference-data loader,
 * so there is one search rule everywhere.
 */
export class SearchNames1768500000000 implements MigrationInterface {
  name = 'SearchNames1768500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE municipality DROP COLUMN search_name');
    await q.query(`ALTER TABLE municipality ADD COLUMN search_name text NOT NULL DEFAULT ''`);
    const rows = (await q.query('SELECT id, name FROM municipality')) as { id: number; name: string }[];
    if (rows.length > 0) {
      await q.query('UPDATE municipality m SET search_name = u.key FROM unnest($1::int[], $2::text[]) AS u(id, key) WHERE m.id = u.id', [
        rows.map((r) => r.id),
        rows.map((r) => searchKey(r.name)),
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE municipality DROP COLUMN search_name');
    await q.query(`ALTER TABLE municipality ADD COLUMN search_name text GENERATED ALWAYS AS (
      translate(lower(name), 'áàâäãéèêëíìîïóòôöõúùûüýÿçñ''’', 'aaaaaeeeeiiiiooooouuuuyycn')) STORED`);
  }
}
