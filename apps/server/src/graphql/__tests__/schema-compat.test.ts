import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_FILE } from '../../schema';
import { schemaProblems } from '../schema-compat';

/** The schema of the last release (README, "Releasing the API"). */
const RELEASE_FILE = path.join(path.dirname(SCHEMA_FILE), 'schema.release.graphql');

describe('the API against its last release', () => {
  it('has no breaking change: nothing removed without deprecation, no changed types', () => {
    const problems = schemaProblems(fs.readFileSync(RELEASE_FILE, 'utf8'), fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(problems.map((p) => p.description)).toEqual([]);
  });
});

const RELEASE = `
"""Root."""
type Query {
  "Kept."
  kept: String
  "Announced."
  old: Int @deprecated(reason: "use kept")
  "A list."
  things(first: Int, "Announced." legacy: String @deprecated(reason: "ignored")): [Thing!]!
  "Only through a deprecated field."
  retired: Retired @deprecated(reason: "gone soon")
}
"""A thing."""
type Thing { "Name." name: String  "Level." level: Level }
"""Levels."""
enum Level { LOW HIGH OLD @deprecated(reason: "not used") }
"""Retired."""
type Retired { "x" x: Int }
`;

describe('schemaProblems', () => {
  it('flags a field removed without deprecation', () => {
    const current = RELEASE.replace('"Name." name: String', '');
    expect(schemaProblems(RELEASE, current)).toEqual([
      expect.objectContaining({ kind: 'FIELD_REMOVED', description: expect.stringContaining('Thing.name') }),
    ]);
  });

  it('allows removing what the release deprecated: a field, an argument, an enum value and a type only they used', () => {
    const current = RELEASE.replace('"Announced."\n  old: Int @deprecated(reason: "use kept")', '')
      .replace(', "Announced." legacy: String @deprecated(reason: "ignored")', '')
      .replace(' OLD @deprecated(reason: "not used")', '')
      .replace(/"Only through a deprecated field."\n {2}retired: Retired @deprecated\(reason: "gone soon"\)/, '')
      .replace(/"""Retired."""\ntype Retired \{ "x" x: Int \}/, '');
    expect(schemaProblems(RELEASE, current)).toEqual([]);
  });

  it('allows deprecating and adding', () => {
    const current = RELEASE.replace('kept: String', 'kept: String @deprecated(reason: "use newer")\n  "New." newer: String');
    expect(schemaProblems(RELEASE, current)).toEqual([]);
  });

  it('flags removed enum values, arguments and changed types', () => {
    const current = RELEASE.replace('LOW HIGH', 'HIGH').replace('first: Int, ', '').replace('"Kept."\n  kept: String', '"Kept."\n  kept: Int');
    expect(
      schemaProblems(RELEASE, current)
        .map((p) => p.kind)
        .sort(),
    ).toEqual(['ARG_REMOVED', 'FIELD_CHANGED_KIND', 'VALUE_REMOVED_FROM_ENUM']);
  });
});
