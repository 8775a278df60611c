import { GraphQLObjectType, isListType, isNonNullType, type GraphQLField, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { assertFieldAccess, isGuardedType } from '../auth/access';
import type { Context } from '../context';
import { listBound } from './limits/list-bounds';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

interface FieldInfo {
  /** the class property TypeGraphQL reads for the field */
  property: string;
  hasOwnMiddleware: boolean;
  hasFieldResolver: boolean;
}

/** What TypeGraphQL knows of each field of each object type, by `Type.field` (fields of base classes included). */
function fieldInfos(): Map<string, FieldInfo> {
  const storage = getMetadataStorage();
  const infos = new Map<string, FieldInfo>();
  const isSameOrBase = (base: unknown, target: { prototype: unknown }) =>
    base === target || (typeof base === 'function' && target.prototype instanceof base);
  for (const type of storage.objectTypes) {
    const target = type.target as { prototype: unknown };
    for (const field of storage.fields.filter((f) => isSameOrBase(f.target, target))) {
      infos.set(`${type.name}.${field.schemaName}`, {
        property: field.name,
        hasOwnMiddleware: (field.middlewares?.length ?? 0) > 0 || field.roles !== undefined,
        hasFieldResolver: storage.fieldResolvers.some(
          (r) => (r.methodName === field.name || r.schemaName === field.schemaName) && isSameOrBase(r.getObjectType?.(), target),
        ),
      });
    }
  }
  return infos;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Whether no global middleware (graphql/schema.ts) but the access check can act on this field: a
 * plain read of a property (no work the time budget could stop), no arguments (input boundary), no
 * bounded list (list bounds), not a root field.
 */
function isPlainRead(typeName: string, field: GraphQLField<unknown, unknown>, info: FieldInfo | undefined): info is FieldInfo {
  if (!info || info.hasFieldResolver || info.hasOwnMiddleware) return false;
  if (ROOT_TYPES.has(typeName) || field.args.length > 0) return false;
  return !isList(field.type) || listBound(typeName, field.name) === undefined;
}

/**
 * TypeGraphQL runs the global middlewares around every field, also around a plain property read:
 * four nested async functions and a promise per field and object (the indicators page: 19
 * indicators x 17 fields). Where only the access check can act (see isPlainRead) the field checks
 * the matrix (on a protected type, as accessMiddleware does) and reads the property directly and
 * synchronously, exactly what TypeGraphQL's resolver returns after the middlewares.
 * Returns how many fields now read directly.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): number {
  const infos = fieldInfos();
  let count = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const info = infos.get(`${type.name}.${field.name}`);
      if (!isPlainRead(type.name, field, info)) continue;
      const property = info.property;
      const typeName = type.name;
      field.resolve = isGuardedType(typeName)
        ? (root, _args, ctx: Context) => {
            assertFieldAccess(typeName, field.name, root, ctx.caller);
            return (root as Record<string, unknown>)[property];
          }
        : (root) => (root as Record<string, unknown>)[property];
      count++;
    }
  }
  return count;
}
