import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { asPromise } from './plugin-hooks';
import { GraphQLError } from 'graphql';
import { isLimitErrorCode } from './limits.errors';

/**
 * Apollo wraps every validation error in its own error with code GRAPHQL_VALIDATION_FAILED,
 * which would hide QUERY_TOO_DEEP and TOO_MANY_ALIASES. This puts the rule's code back; it runs
 * before formatError.
 */
export function limitCodesPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    requestDidStart: asPromise(() => {
      return {
        didEncounterErrors: asPromise(({ errors }) => {
          for (const error of errors) {
            const original = error.originalError;
            if (original instanceof GraphQLError && original !== error && isLimitErrorCode(original.extensions.code)) {
              error.extensions.code = original.extensions.code;
            }
          }
        }),
      };
    }),
  };
}
