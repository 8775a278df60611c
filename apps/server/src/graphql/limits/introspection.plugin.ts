import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { asPromise } from './plugin-hooks';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { LimitErrorCode, limitError } from './limits.errors';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** True when the selection, or any fragment it spreads, selects __schema or __type (__typename is fine). */
export function selectsIntrospection(selectionSet: SelectionSetNode, document: DocumentNode): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const seen = new Set<string>();
  const stack: SelectionSetNode[] = [selectionSet];
  while (stack.length > 0) {
    for (const selection of stack.pop()!.selections) {
      if (selection.kind === Kind.FIELD) {
        if (INTROSPECTION_FIELDS.has(selection.name.value)) return true;
        if (selection.selectionSet) stack.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        stack.push(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          stack.push(fragment.selectionSet);
        }
      }
    }
  }
  return false;
}

export const INTROSPECTION_DISABLED_MESSAGE = 'Introspectie is alleen beschikbaar voor ingelogde NJi-onderzoekers en -beheerders.';

/** Lets only callers for whom `isAllowed(context)` holds query __schema or __type. */
export function introspectionPlugin<TContext extends BaseContext>(isAllowed: (contextValue: TContext) => boolean): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: asPromise(() => {
      return {
        didResolveOperation: asPromise(({ operation, document, contextValue }) => {
          if (!operation || !selectsIntrospection(operation.selectionSet, document)) return;
          if (isAllowed(contextValue)) return;
          throw limitError(LimitErrorCode.INTROSPECTION_DISABLED, INTROSPECTION_DISABLED_MESSAGE, undefined, {
            httpStatus: true,
          });
        }),
      };
    }),
  };
}
