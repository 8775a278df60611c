import { parse, specifiedRules, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../../schema';
import { aliasLimitRule } from '../aliases.rule';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function check(source: string, maxAliases: number): readonly GraphQLError[] {
  return validate(schema, parse(source), [...specifiedRules, aliasLimitRule(maxAliases)]);
}

const aliased = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `r${i}: region(code: "VR${String(i + 1).padStart(2, '0')}") { code }`).join(' ')} }`;

describe('aliasLimitRule', () => {
  it('accepts exactly the maximum number of aliases and rejects one more', () => {
    expect(check(aliased(4), 4)).toEqual([]);
    const errors = check(aliased(5), 4);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('De query gebruikt te veel aliassen: 5, het maximum is 4.');
    expect(errors[0].extensions).toEqual({ code: 'TOO_MANY_ALIASES', limit: 'maxAliases', max: 4 });
  });

  it('counts aliases at every level and in inline fragments', () => {
    const source = `{ a: municipality(code: "GM0363") { n: name ... on Municipality { c: code } regions { code } } }`;
    expect(check(source, 3)).toEqual([]);
    expect(check(source, 2)[0].message).toContain('aliassen: 3');
  });

  it('counts the aliases of a fragment once for every spread', () => {
    const source = `
      { a: municipality(code: "GM0363") { ...Names } b: municipality(code: "GM0599") { ...Names } }
      fragment Names on Municipality { n: name c: code }`;
    expect(check(source, 6)).toEqual([]);
    expect(check(source, 5)[0].extensions.code).toBe('TOO_MANY_ALIASES');
  });

  it('only counts fragments the operation uses', () => {
    const source = `
      query Q { municipality(code: "GM0363") { ...Used } }
      query Other { municipality(code: "GM0599") { ...Unused } }
      fragment Used on Municipality { n: name }
      fragment Unused on Municipality { a: name b: code c: population }`;
    const errors = check(source, 1);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('aliassen: 3');
  });

  it('does not count plain fields, and terminates on fragment cycles', () => {
    expect(check('{ regions { code name } municipalities { totalCount } }', 0)).toEqual([]);
    const cyclic = `{ municipality(code: "GM0363") { ...A } }
      fragment A on Municipality { x: regions { ...B } }
      fragment B on Region { municipalities { ...A } }`;
    expect(check(cyclic, 5).some((e) => e.message.includes('within itself'))).toBe(true);
  });
});
