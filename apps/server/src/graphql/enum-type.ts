import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum from a list of string values kept in the domain package (TypeGraphQL needs an
 * enum object); every value gets a description.
 */
export function enumType<const T extends string>(
  values: readonly T[],
  name: string,
  description: string,
  describe: (value: T) => string,
): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((v) => [v, { description: describe(v) }])) as Record<T, { description: string }>,
  });
  return enumObject;
}
