import { Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { LimitErrorCode, limitError } from './limits.errors';

/**
 * Rejects operations with more than `maxAliases` aliased fields. A fragment counts once per spread,
 * because each spread executes its aliased fields again.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const count = aliasCount(operation.selectionSet, context, new Map(), new Set());
      if (count > maxAliases) {
        context.reportError(
          limitError(
            LimitErrorCode.TOO_MANY_ALIASES,
            `De query gebruikt te veel aliassen: ${count}, het maximum is ${maxAliases}.`,
            { limit: 'maxAliases', max: maxAliases },
            { nodes: operation },
          ),
        );
      }
      return false;
    },
  });
}

function aliasCount(selectionSet: SelectionSetNode, context: ValidationContext, fragmentCounts: Map<string, number>, visiting: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) count += 1;
      if (selection.selectionSet) count += aliasCount(selection.selectionSet, context, fragmentCounts, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += aliasCount(selection.selectionSet, context, fragmentCounts, visiting);
    } else {
      const name = selection.name.value;
      const known = fragmentCounts.get(name);
      const fragment = context.getFragment(name);
      // A cycle (reported by NoFragmentCycles) or an unknown fragment (KnownFragmentNames) adds nothing.
      if (known !== undefined) count += known;
      else if (fragment && !visiting.has(name)) {
        visiting.add(name);
        const own = aliasCount(fragment.selectionSet, context, fragmentCounts, visiting);
        visiting.delete(name);
        fragmentCounts.set(name, own);
        count += own;
      }
    }
  }
  return count;
}
