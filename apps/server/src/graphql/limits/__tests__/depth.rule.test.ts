import { getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../../schema';
import { depthLimitRule } from '../depth.rule';
import { DEFAULT_LIMITS, nestedQuery } from './helpers';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function check(source: string, maxDepth: number): readonly GraphQLError[] {
  return validate(schema, parse(source), [...specifiedRules, depthLimitRule(maxDepth)]);
}

const depthErrors = (errors: readonly GraphQLError[]) => errors.filter((e) => e.extensions.code === 'QUERY_TOO_DEEP');

describe('depthLimitRule', () => {
  it('accepts a query exactly at the limit and rejects one level more', () => {
    expect(check(nestedQuery(6), 6)).toEqual([]);
    const errors = check(nestedQuery(7), 6);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('De query is te diep genest: 7 niveaus, het maximum is 6.');
    expect(errors[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 'maxDepth', max: 6 });
  });

  it('measures the deepest path, not the number of fields', () => {
    const wide = `{ municipality(code: "GM0363") { code name population validFrom validTo
      province { code name } keyFigures { households ageDistribution { band percentage } } } }`;
    // deepest: municipality > keyFigures > ageDistribution > band
    expect(check(wide, 4)).toEqual([]);
    expect(depthErrors(check(wide, 3))[0].message).toContain('4 niveaus');
  });

  it('follows fragment spreads and inline fragments', () => {
    const source = `
      query { municipality(code: "GM0363") { ...Deep } }
      fragment Deep on Municipality { regions { ... on Region { municipalities { ...Leaf } } } }
      fragment Leaf on Municipality { province { code } }`;
    // municipality > regions > municipalities > province > code
    expect(check(source, 5)).toEqual([]);
    expect(depthErrors(check(source, 4))[0].message).toBe('De query is te diep genest: 5 niveaus, het maximum is 4.');
  });

  it('counts a fragment spread at different depths at each place', () => {
    const source = `
      { municipality(code: "GM0363") { ...M regions { municipalities { ...M } } } }
      fragment M on Municipality { province { code } }`;
    // deepest: municipality > regions > municipalities > province > code
    expect(check(source, 5)).toEqual([]);
    expect(depthErrors(check(source, 4))).toHaveLength(1);
  });

  it('checks each operation of a document on its own', () => {
    const source = `query Shallow { regions { code } } query Deep ${nestedQuery(4)}`;
    const errors = depthErrors(check(source, 3));
    expect(errors).toHaveLength(1);
    expect(errors[0].nodes?.[0].loc?.startToken.next?.value).toBe('Deep');
  });

  it('counts introspection fields like any other', () => {
    const source = '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }';
    expect(check(source, 7)).toEqual([]);
    expect(depthErrors(check(source, 6))[0].message).toContain('7 niveaus');
  });

  // GraphiQL loads the schema with this query; a maxDepth below 15 keeps the playground from loading it.
  it('measures the standard introspection query (GraphiQL) at 15 levels', () => {
    expect(check(getIntrospectionQuery(), 15)).toEqual([]);
    expect(depthErrors(check(getIntrospectionQuery(), 14))[0].message).toBe('De query is te diep genest: 15 niveaus, het maximum is 14.');
  });

  it('terminates on fragment cycles, which graphql itself reports', () => {
    const source = `
      { municipality(code: "GM0363") { ...A } }
      fragment A on Municipality { regions { ...B } }
      fragment B on Region { municipalities { ...A } }`;
    const errors = check(source, 12);
    expect(errors.some((e) => /Cannot spread fragment "A" within itself/.test(e.message))).toBe(true);
  });

  it('measures a very deep query without running out of stack', () => {
    const errors = depthErrors(check(nestedQuery(1000), DEFAULT_LIMITS.maxDepth));
    expect(errors[0].message).toBe('De query is te diep genest: 1000 niveaus, het maximum is 12.');
  });
});
