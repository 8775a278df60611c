import {
  buildSchema,
  BreakingChangeType,
  findBreakingChanges,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

/**
 * Compatibility of the API with its last release (schema.release.graphql): third-party tools must
 * never lose a field silently. Removing a field, argument, input field or enum value is allowed only
 * when the release already marked it @deprecated (deprecate first, remove in a later release); a
 * type may go when every field and argument that used it in the release was deprecated. Every other
 * breaking change graphql-js finds (a changed type, a new required argument, ...) is refused.
 */
export interface CompatProblem {
  kind: string;
  description: string;
}

const REMOVALS = new Set<string>([
  BreakingChangeType.FIELD_REMOVED,
  BreakingChangeType.ARG_REMOVED,
  BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
  BreakingChangeType.TYPE_REMOVED,
]);

export function schemaProblems(releaseSdl: string, currentSdl: string): CompatProblem[] {
  const release = buildSchema(releaseSdl);
  const current = buildSchema(currentSdl);
  const others = findBreakingChanges(release, current)
    .filter((change) => !REMOVALS.has(change.type))
    .map((change) => ({ kind: change.type, description: change.description }));
  return [...silentRemovals(release, current), ...others];
}

interface FieldLike {
  name: string;
  deprecationReason?: string | null;
  type: GraphQLType;
  args: readonly GraphQLArgument[];
}

/** The fields of an object, interface or input type (input fields have no arguments); null for other types. */
function fieldsOf(type: GraphQLNamedType): FieldLike[] | null {
  if (isObjectType(type) || isInterfaceType(type)) return Object.values(type.getFields());
  if (isInputObjectType(type)) return Object.values(type.getFields()).map((field) => ({ ...field, args: [] }));
  return null;
}

/** Removals the release did not announce with @deprecated. */
function silentRemovals(release: GraphQLSchema, current: GraphQLSchema): CompatProblem[] {
  const problems: CompatProblem[] = [];
  const removed = (kind: string, description: string) =>
    problems.push({ kind, description: `${description} was removed without being deprecated in the last release` });
  for (const type of Object.values(release.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const now = current.getType(type.name);
    if (!now) {
      if (!onlyUsedByDeprecated(release, type.name)) removed('TYPE_REMOVED', type.name);
      continue;
    }
    if (isEnumType(type) && isEnumType(now)) {
      for (const value of type.getValues())
        if (!now.getValue(value.name) && !value.deprecationReason) removed('VALUE_REMOVED_FROM_ENUM', `${type.name}.${value.name}`);
    }
    const kept = new Map((fieldsOf(now) ?? []).map((field) => [field.name, field]));
    for (const field of fieldsOf(type) ?? []) {
      const keptField = kept.get(field.name);
      if (!keptField) {
        if (!field.deprecationReason) removed('FIELD_REMOVED', `${type.name}.${field.name}`);
        continue;
      }
      const keptArgs = new Set(keptField.args.map((a) => a.name));
      for (const arg of field.args)
        if (!keptArgs.has(arg.name) && !arg.deprecationReason) removed('ARG_REMOVED', `${type.name}.${field.name}(${arg.name})`);
    }
  }
  return problems;
}

/** Whether every field, input field and argument of the release that uses the type was deprecated. */
function onlyUsedByDeprecated(release: GraphQLSchema, typeName: string): boolean {
  for (const type of Object.values(release.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    for (const field of fieldsOf(type) ?? []) {
      if (getNamedType(field.type).name === typeName && !field.deprecationReason) return false;
      for (const arg of field.args) if (getNamedType(arg.type).name === typeName && !arg.deprecationReason) return false;
    }
  }
  return true;
}
