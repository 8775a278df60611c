import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** A valid value for an input type: required input fields only, one item per list. */
export function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, placeholder(f.type)]),
    );
  }
  const scalars: Record<string, unknown> = {
    Int: 2026,
    Float: 1,
    Boolean: true,
    ID: '1',
    String: 'GM0363',
    DateTimeISO: '2026-01-01T00:00:00.000Z',
    JSONObject: {},
  };
  return scalars[getNamedType(type).name] ?? 'x';
}

/** The root fields of queries and mutations. */
export function operations(schema: GraphQLSchema): { root: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] {
  return [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) => Object.values(root.getFields()).map((field) => ({ root, field })));
}

/** A selection that is valid for any output type. */
export function minimalSelection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
}

export interface TextInputPath {
  /** the argument */
  arg: GraphQLArgument;
  /** path inside the argument's value, e.g. ['filter', 'regionCode'] or ['regionCodes', 0] */
  path: (string | number)[];
}

/** Every place where a string can be given to an argument: the argument itself, input fields, list items. */
export function textInputPaths(arg: GraphQLArgument): TextInputPath[] {
  const found: TextInputPath[] = [];
  const walk = (type: GraphQLInputType, path: (string | number)[], seen: Set<string>) => {
    const nullable = getNullableType<GraphQLInputType>(type);
    if (isListType(nullable)) return walk(nullable.ofType, [...path, 0], seen);
    if (isInputObjectType(nullable)) {
      if (seen.has(nullable.name)) return;
      for (const field of Object.values(nullable.getFields())) walk(field.type, [...path, field.name], new Set([...seen, nullable.name]));
      return;
    }
    if (['String', 'ID', 'JSON'].includes(getNamedType(nullable).name)) found.push({ arg, path });
  };
  walk(arg.type, [arg.name], new Set());
  return found;
}

/** The placeholder value of an argument with `text` at `path` (its first element is the argument's name). */
export function valueWithTextAt(arg: GraphQLArgument, path: (string | number)[], text: string): unknown {
  const build = (type: GraphQLInputType, rest: (string | number)[]): unknown => {
    if (rest.length === 0) return text;
    const nullable = getNullableType<GraphQLInputType>(type);
    if (isListType(nullable)) return [build(nullable.ofType, rest.slice(1))];
    if (!isInputObjectType(nullable)) throw new Error(`no input object at ${rest.join('.')}`);
    const value = placeholder(nullable) as Record<string, unknown>;
    const name = String(rest[0]);
    value[name] = build(nullable.getFields()[name].type, rest.slice(1));
    return value;
  };
  return build(arg.type, path.slice(1));
}
