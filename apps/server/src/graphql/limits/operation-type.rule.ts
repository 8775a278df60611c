import { OperationTypeNode, type ValidationRule } from 'graphql';
import { LimitErrorCode, limitError } from './limits.errors';

/**
 * The API offers queries and mutations only. graphql-js 16 lets `subscription { … }` through
 * validation and then fails in execution with an internal error; this refuses it with its own code.
 */
export function operationTypeRule(): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operation.operation === OperationTypeNode.QUERY || operation.operation === OperationTypeNode.MUTATION) return;
      context.reportError(
        limitError(
          LimitErrorCode.OPERATION_NOT_SUPPORTED,
          `Deze API biedt geen ${operation.operation}-operaties; gebruik query of mutation.`,
          undefined,
          { nodes: operation },
        ),
      );
    },
  });
}
