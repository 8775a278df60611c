import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, getNamedType, getNullableType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LimitErrorCode, limitError } from './limits.errors';

export interface ComplexityOptions {
  /** Page size a connection hands out when `first` is omitted (and the schema gives no default). */
  defaultPageSize?: number;
  /**
   * Assumed length of a plain list field without `first` (Municipality.regions has about 5 items,
   * Region.municipalities a few dozen). Without it nesting such lists would cost almost nothing.
   */
  listSize?: number;
  /** Cap on selections the estimator walks (fragments are expanded per spread); bounds its CPU time. */
  maxQueryNodes?: number;
}

export const DEFAULT_LIST_SIZE = 5;
export const DEFAULT_MAX_QUERY_NODES = 10_000;

/**
 * Each field costs 1 plus its children; a field with an Int argument `first` multiplies its
 * children by that page size, another list field by `listSize` (except the edges of a *Connection
 * type, which are that page). Introspection is cheap and only counted field by field. Other fields
 * fall through to the next estimator.
 */
export function pageSizeEstimator({ defaultPageSize, listSize }: { defaultPageSize: number; listSize: number }): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const first = field.args.find((arg) => arg.name === 'first' && getNamedType(arg.type).name === 'Int');
    if (first) {
      const pageSize = typeof args.first === 'number' ? args.first : defaultPageSize;
      // Even an empty page resolves totalCount and pageInfo.
      return 1 + Math.max(1, pageSize) * childComplexity;
    }
    const introspection = type.name.startsWith('__') || field.name.startsWith('__');
    // The edges of a Relay connection are the page its `first` has already priced.
    const page = type.name.endsWith('Connection');
    if (!introspection && !page && isListType(getNullableType(field.type))) return 1 + listSize * childComplexity;
    return undefined;
  };
}

export function complexityEstimators(options: { defaultPageSize: number; listSize: number }): ComplexityEstimator[] {
  return [pageSizeEstimator(options), simpleEstimator({ defaultComplexity: 1 })];
}

const NODE_LIMIT_MESSAGE = 'Query exceeds the maximum allowed number of nodes.';

/** Rejects an operation whose estimated cost exceeds `maxComplexity`, before anything executes. */
export function complexityPlugin(
  schema: GraphQLSchema,
  maxComplexity: number,
  options: ComplexityOptions = {},
): ApolloServerPlugin<BaseContext> {
  const estimators = complexityEstimators({
    defaultPageSize: options.defaultPageSize ?? 50,
    listSize: options.listSize ?? DEFAULT_LIST_SIZE,
  });
  const maxQueryNodes = options.maxQueryNodes ?? DEFAULT_MAX_QUERY_NODES;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          // Only the operation that will run, so an operationName never has to be matched.
          const query: DocumentNode = {
            kind: Kind.DOCUMENT,
            definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
          };
          let complexity: number;
          try {
            complexity = getComplexity({ schema, query, variables: request.variables ?? {}, estimators, maxQueryNodes });
          } catch (error) {
            if (error instanceof GraphQLError && error.message === NODE_LIMIT_MESSAGE) {
              throw limitError(
                LimitErrorCode.QUERY_TOO_COMPLEX,
                `De query is te complex: meer dan ${maxQueryNodes} onderdelen (velden en fragmenten), het maximum is ${maxQueryNodes}.`,
                { limit: 'maxQueryNodes', max: maxQueryNodes },
                { httpStatus: 400 },
              );
            }
            // Invalid variables: execution rejects them with BAD_USER_INPUT before any resolver runs.
            return;
          }
          if (complexity > maxComplexity) {
            throw limitError(
              LimitErrorCode.QUERY_TOO_COMPLEX,
              `De query is te complex: geschatte kosten ${complexity}, het maximum is ${maxComplexity}.`,
              { limit: 'maxComplexity', max: maxComplexity },
              { httpStatus: 400 },
            );
          }
        },
      };
    },
  };
}
