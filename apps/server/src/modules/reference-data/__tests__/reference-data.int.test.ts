import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createTestGraphQL } from '../../../../test/graphql';
import { loadReferenceData, ReferenceDataError } from '../reference-data.loader';
import { REFERENCE_DATA_DIR } from '../reference-data.files';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const snapshot = async () => {
  const counts = await db.dataSource.query(`SELECT
    (SELECT count(*) FROM municipality)::int AS municipalities,
    (SELECT count(*) FROM region)::int AS regions,
    (SELECT count(*) FROM region_membership)::int AS memberships,
    (SELECT count(*) FROM municipality_boundary)::int AS boundaries,
    (SELECT count(*) FROM municipality_statistic)::int AS statistics,
    (SELECT count(*) FROM boundary_layer)::int AS layers`);
  return counts[0];
};

describe('loadReferenceData', () => {
  it('skips files it has already loaded', async () => {
    const before = await snapshot();
    expect(before).toMatchObject({ municipalities: 342, regions: 129, memberships: 342 * 5, boundaries: 342, layers: 6 });
    expect(await loadReferenceData(db.dataSource)).toMatchObject({ changed: false, municipalities: 342 });
    expect(await snapshot()).toEqual(before);
  });

  it('reloads changed files to the same state without duplicates', async () => {
    await db.dataSource.query("UPDATE reference_dataset SET checksum = 'stale'");
    await db.dataSource.query("UPDATE municipality SET name = 'Verkeerd' WHERE code = 'GM0014'");
    const before = await snapshot();
    expect((await loadReferenceData(db.dataSource)).changed).toBe(true);
    expect(await snapshot()).toEqual(before);
    const [row] = await db.dataSource.query("SELECT name FROM municipality WHERE code = 'GM0014'");
    expect(row.name).toBe('Groningen');
  });

  it('rejects inconsistent files and changes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-ref-'));
    try {
      for (const file of fs.readdirSync(REFERENCE_DATA_DIR, { withFileTypes: true }).filter((f) => f.isFile())) {
        fs.copyFileSync(path.join(REFERENCE_DATA_DIR, file.name), path.join(dir, file.name));
      }
      const csv = fs.readFileSync(path.join(dir, 'gemeenten_2026.csv'), 'utf8').replace(',VT01,', ',VT99,');
      fs.writeFileSync(path.join(dir, 'gemeenten_2026.csv'), csv);
      await db.dataSource.query("UPDATE reference_dataset SET checksum = 'stale'");
      const before = await snapshot();
      await expect(loadReferenceData(db.dataSource, dir)).rejects.toThrow(ReferenceDataError);
      await expect(loadReferenceData(db.dataSource, dir)).rejects.toThrow(/onbekende regio VT99/);
      expect(await snapshot()).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('geography history', () => {
  it('keeps earlier years queryable after a merger is loaded for a later year', async () => {
    // A hypothetical 2027 merger of Groningen (GM0014) and Almere (GM0034): the model closes the
    // old municipalities and adds the new one; this is test data, not a real merger.
    await db.dataSource.transaction(async (m) => {
      await m.query("UPDATE municipality SET valid_to = 2026 WHERE code IN ('GM0014', 'GM0034')");
      await m.query(
        "UPDATE region_membership SET valid_to = 2026 WHERE municipality_id IN (SELECT id FROM municipality WHERE code IN ('GM0014', 'GM0034'))",
      );
      const [merged] = await m.query("INSERT INTO municipality (code, name, valid_from) VALUES ('GM1999', 'Testfusie', 2027) RETURNING id");
      await m.query(
        `INSERT INTO region_membership (municipality_id, region_id, valid_from)
         SELECT $1, region_id, 2027 FROM region_membership rm JOIN municipality g ON g.id = rm.municipality_id WHERE g.code = 'GM0014'`,
        [merged.id],
      );
    });
    const gql = await createTestGraphQL(db.dataSource);
    try {
      const count = async (year?: number) =>
        (await gql.execute('query($year: Int) { municipalities(first: 1, filter: { year: $year }) { totalCount } }', { year })).data!.municipalities
          .totalCount;
      expect(await count(2026)).toBe(342);
      expect(await count(2027)).toBe(341);
      expect(await count()).toBe(341);
      const old = await gql.execute('{ municipality(code: "GM0014", year: 2026) { name regions { code } boundary } }');
      expect(old.data!.municipality.name).toBe('Groningen');
      expect(old.data!.municipality.regions).toHaveLength(5);
      expect(old.data!.municipality.boundary).not.toBeNull();
      expect((await gql.execute('{ municipality(code: "GM0014") { name } }')).data!.municipality).toBeNull();
      const region = await gql.execute('{ region(code: "PV20") { municipalities { code } } }');
      expect(region.data!.region.municipalities.map((m: { code: string }) => m.code)).toContain('GM1999');
    } finally {
      await gql.stop();
    }
  });
});
