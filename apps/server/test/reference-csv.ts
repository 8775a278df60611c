import fs from 'node:fs';
import path from 'node:path';
import { REFERENCE_DATA_DIR } from '../src/modules/reference-data/reference-data.files';
import { createTestDatabase, type TestDatabase } from './database';
import { createTestGraphQL } from './graphql';

/**
 * Reads a copied reference file (apps/server/data/reference) as rows by column name. The tests'
 * own reader, independent of @monitor/domain, so that tests recompute figures without the code
 * they check: comma-separated, double-quoted fields may hold commas, quotes ("") and line breaks.
 */
export function readReferenceCsv(file: string): Record<string, string>[] {
  const text = fs.readFileSync(path.join(REFERENCE_DATA_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records.filter((r) => !(r.length === 1 && r[0] === ''));
  return rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}

export interface GraphQLDatabase {
  readonly db: TestDatabase;
  readonly gql: Awaited<ReturnType<typeof createTestGraphQL>>;
}

/**
 * A fresh test database with the GraphQL server on it for the test file: created before its
 * tests, stopped and dropped after them. Read `db` and `gql` inside the tests.
 */
export function useGraphQLDatabase(): GraphQLDatabase {
  let db: TestDatabase | undefined;
  let gql: GraphQLDatabase['gql'] | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    gql = await createTestGraphQL(db.dataSource);
  });
  afterAll(async () => {
    await gql?.stop();
    await db?.drop();
  });
  return {
    get db() {
      if (!db) throw new Error('the test database exists only inside the tests');
      return db;
    },
    get gql() {
      if (!gql) throw new Error('the GraphQL server exists only inside the tests');
      return gql;
    },
  };
}
