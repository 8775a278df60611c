import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { asPromise } from './plugin-hooks';
import { GraphQLError, Kind, getNamedType, getNullableType, isListType, isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination';
import { listBound, maxListLength, type ListBound } from './list-bounds';
import { LimitErrorCode, limitError } from './limits.errors';

export interface ComplexityOptions {
  /** Page size a connection hands out when `first` is omitted (and the schema gives no default). */
  defaultPageSize?: number;
  /** Cap on selections the estimator walks (fragments are expanded per spread); bounds its CPU time. */
  maxQueryNodes?: number;
}

export const DEFAULT_MAX_QUERY_NODES = 10_000;

/**
 * A list without a declared bound (a test keeps that from happening) is priced as the largest page,
 * so a forgotten entry still costs something.
 */
const UNDECLARED_LIST_BOUND: ListBound = { max: MAX_PAGE_SIZE };

/**
 * Each field costs 1 plus its children. A list field multiplies its children by its declared
 * maximum length (list-bounds.ts), or by the page size asked for with `first` when that is smaller;
 * a connection field multiplies by its page size (`first`, else `defaultPageSize`), capped by the
 * maximum of its edges, and its edges are not multiplied again. Introspection is cheap and only
 * counted field by field. Other fields fall through to the next estimator.
 */
export function pageSizeEstimator({ defaultPageSize }: { defaultPageSize: number }): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith('__') || field.name.startsWith('__')) return undefined;
    const fieldType = getNullableType(field.type);
    const hasFirst = field.args.some((arg) => arg.name === 'first' && getNamedType(arg.type).name === 'Int');
    const requested = hasFirst ? (typeof args.first === 'number' ? args.first : defaultPageSize) : Infinity;
    if (isListType(fieldType)) {
      const bound = listBound(type.name, field.name) ?? UNDECLARED_LIST_BOUND;
      if (bound.pricedBy === 'connection') return 1 + childComplexity;
      const length = Math.min(maxListLength(bound, args), requested);
      // Even an empty list costs its own field; each item of a list of scalars or enums costs 1.
      return 1 + Math.max(1, length) * Math.max(1, childComplexity);
    }
    if (hasFirst && isObjectType(fieldType)) {
      const edges = fieldType.getFields().edges;
      const bound = (edges && listBound(fieldType.name, 'edges')) ?? UNDECLARED_LIST_BOUND;
      // Even an empty page resolves totalCount and pageInfo.
      return 1 + Math.max(1, Math.min(requested, maxListLength(bound, args))) * childComplexity;
    }
    return undefined;
  };
}

export function complexityEstimators(options: { defaultPageSize: number }): ComplexityEstimator[] {
  return [pageSizeEstimator(options), simpleEstimator({ defaultComplexity: 1 })];
}

const NODE_LIMIT_MESSAGE = 'Query exceeds the maximum allowed number of nodes.';

/** Rejects an operation whose estimated cost exceeds `maxComplexity`, before anything executes. */
export function complexityPlugin(schema: GraphQLSchema, maxComplexity: number, options: ComplexityOptions = {}): ApolloServerPlugin<BaseContext> {
  const estimators = complexityEstimators({ defaultPageSize: options.defaultPageSize ?? DEFAULT_PAGE_SIZE });
  const maxQueryNodes = options.maxQueryNodes ?? DEFAULT_MAX_QUERY_NODES;
  return {
    requestDidStart: asPromise(() => {
      return {
        didResolveOperation: asPromise(({ request, document, operation }) => {
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
                { httpStatus: true },
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
              { httpStatus: true },
            );
          }
        }),
      };
    }),
  };
}
