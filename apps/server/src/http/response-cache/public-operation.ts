import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';

/**
 * Whether a GraphQL request may be answered from the public-answer cache: a query (not a
 * mutation) whose every root field is public reference data, the same for every anonymous caller.
 * Anything else, or anything that does not parse, is not cached (and goes its normal way).
 */
export class PublicOperations {
  /** Per operation text: a number naming the public operation (a short cache key), or null when it is not public. */
  private readonly verdicts = new Map<string, number | null>();
  private lastId = 0;

  constructor(
    private readonly isPublicRootField: (fieldName: string) => boolean,
    private readonly maxRemembered = 1000,
  ) {}

  isPublic(query: string, operationName: string | undefined): boolean {
    return this.idOf(query, operationName) !== null;
  }

  /**
   * The public operation's number in this process (never reused, also after it was forgotten), or
   * null when the operation is not public.
   */
  idOf(query: string, operationName: string | undefined): number | null {
    const key = `${operationName ?? ''}\u0000${query}`;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = this.judge(query, operationName) ? ++this.lastId : null;
      if (this.verdicts.size >= this.maxRemembered) this.verdicts.delete(this.verdicts.keys().next().value!);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  private judge(query: string, operationName: string | undefined): boolean {
    let operations: OperationDefinitionNode[];
    try {
      operations = parse(query, { noLocation: true }).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    } catch {
      return false;
    }
    const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
    if (!operation || operation.operation !== OperationTypeNode.QUERY) return false;
    return operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && (s.name.value === '__typename' || this.isPublicRootField(s.name.value)) && !s.directives?.length,
    );
  }
}
