import fs from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from '../schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

describe('schema.graphql', () => {
  it('equals the schema emitted from the code (run `pnpm schema` after changing the API)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(printAppSchema(schema));
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the contract third-party tools rely on', () => {
    const query = schema.getQueryType()!.getFields();
    expect(Object.keys(query)).toEqual(expect.arrayContaining(['municipalities', 'municipality', 'region', 'regions', 'me', 'auditEvents']));
    expect(Object.keys(schema.getMutationType()!.getFields())).toEqual(
      expect.arrayContaining(['register', 'login', 'logout', 'approveRegistration', 'rejectRegistration', 'createApiToken', 'revokeApiToken']),
    );
    expect(query.municipalities.args.map((a) => a.name).sort()).toEqual(['after', 'filter', 'first']);
    expect(String(query.municipalities.type)).toBe('MunicipalityConnection!');
    expect(String(query.municipality.type)).toBe('Municipality');
    expect(String(query.regions.type)).toBe('[Region!]!');
    const municipality = schema.getType('Municipality');
    if (!isObjectType(municipality)) throw new Error('Municipality is no object type');
    expect(Object.keys(municipality.getFields())).toEqual(
      expect.arrayContaining(['code', 'name', 'province', 'regions', 'population', 'youthPopulation', 'boundary']),
    );
  });
});
