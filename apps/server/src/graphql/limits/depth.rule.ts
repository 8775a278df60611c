import { Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { LimitErrorCode, limitError } from './limits.errors';

/**
 * Rejects operations whose deepest selection path has more than `maxDepth` fields. Top-level fields
 * are depth 1; fragments (spreads and inline) add no level of their own; introspection fields count.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = selectionDepth(operation.selectionSet, context, new Map(), new Set());
      if (depth > maxDepth) {
        context.reportError(
          limitError(
            LimitErrorCode.QUERY_TOO_DEEP,
            `De query is te diep genest: ${depth} niveaus, het maximum is ${maxDepth}.`,
            { limit: 'maxDepth', max: maxDepth },
            { nodes: operation },
          ),
        );
      }
      return false;
    },
  });
}

/** Fragment depths are memoised, so a fragment spread many times is measured once. */
function selectionDepth(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  fragmentDepths: Map<string, number>,
  visiting: Set<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      depth = 1 + (selection.selectionSet ? selectionDepth(selection.selectionSet, context, fragmentDepths, visiting) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, context, fragmentDepths, visiting);
    } else {
      const name = selection.name.value;
      const known = fragmentDepths.get(name);
      const fragment = context.getFragment(name);
      // A cycle (reported by NoFragmentCycles) or an unknown fragment (KnownFragmentNames) adds nothing.
      if (known !== undefined) depth = known;
      else if (fragment && !visiting.has(name)) {
        visiting.add(name);
        depth = selectionDepth(fragment.selectionSet, context, fragmentDepths, visiting);
        visiting.delete(name);
        fragmentDepths.set(name, depth);
      }
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
