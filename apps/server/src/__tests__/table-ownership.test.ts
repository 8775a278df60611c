import fs from 'node:fs';
import path from 'node:path';

// docs/architecture.md names one owning module per table; a new table must be added there.
const root = path.resolve(__dirname, '../../../..');
const migrationsDir = path.join(root, 'apps/server/src/db/migrations');

function createdTables(): string[] {
  const tables = new Set<string>();
  for (const file of fs.readdirSync(migrationsDir).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(migrationsDir, file), 'utf8');
    for (const match of text.matchAll(/CREATE (?:UNLOGGED )?TABLE (?:IF NOT EXISTS )?([a-z_]+)/g)) tables.add(match[1]);
  }
  return [...tables].sort();
}

function ownershipTable(): string {
  const doc = fs.readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
  const start = doc.indexOf('### Table → owning module');
  const end = doc.indexOf('### Cross-module reads');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return doc.slice(start, end);
}

describe('table ownership', () => {
  it('names the owning module of every table the migrations create, once', () => {
    const table = ownershipTable();
    const tables = createdTables();
    expect(tables.length).toBeGreaterThan(30);
    for (const name of tables) {
      expect({ name, mentions: table.split(`\`${name}\``).length - 1 }).toEqual({ name, mentions: 1 });
    }
  });
});
