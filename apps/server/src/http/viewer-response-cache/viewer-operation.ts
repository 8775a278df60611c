import { createHash } from 'node:crypto';
import { Kind, OperationTypeNode, parse, type OperationDefinitionNode, type SelectionNode } from 'graphql';

/**
 * Root fields whose answers the per-viewer cache may keep: side-effect-free reads (no audit event,
 * no "mark as read", no download address) whose answers are built only from tables that notify a
 * data-change channel (db/data-changes.ts). Left out on purpose: `me`, `sessions` and `apiTokens`
 * (built from user_session / last-used times that notify nothing), `auditEvents`, `mailOutbox`,
 * `researchExportPreview` (hands out a download address), administrators' disclosure reports and
 * every mutation. A new root field is not cached until it is added here after that check.
 */
export const VIEWER_CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  // public reference data (answered per viewer too: a signed-in answer may hold more)
  'municipalities',
  'municipality',
  'regions',
  'region',
  'statistics',
  'statisticMeasures',
  'veiligThuisFigures',
  'mapLayers',
  'mapLayer',
  'estimate',
  'districts',
  'estimateModel',
  'domesticViolenceEstimate',
  'riskProfile',
  'districtRiskProfiles',
  'districtRiskProfileYears',
  'questionnaire',
  'questionnaires',
  'benchmark',
  'benchmarks',
  'benchmarkGroups',
  'knowledgeArticles',
  'knowledgeArticle',
  'interventions',
  'factsheets',
  'factsheet',
  'nationalReportYears',
  'nationalReport',
  'effectPublications',
  // a municipality's own data, partners' data and participants' pages
  'response',
  'indicators',
  'indicatorHistory',
  'sharingAgreements',
  'sharedIndicators',
  'supplyAnalysis',
  'effectScores',
  'practiceExamples',
  'practiceExample',
  'forumCategories',
  'forumThreads',
  'forumThread',
  'forumNotifications',
  'forumUnreadCount',
  'forumNewAnswers',
  'exportProjects',
]);

/** @include and @skip only choose fields by the variables, which are part of the key. */
const HARMLESS_DIRECTIVES = new Set(['include', 'skip']);

export interface ViewerOperationVerdict {
  cacheable: boolean;
  /** sha256 of operation name and document: the document's part of the cache key */
  documentKey: string;
}

/**
 * Whether a request's document is a query whose every root field is on the allow-list (remembered
 * per document). Anything else, or anything that does not parse, is not cached.
 */
export class ViewerOperations {
  private readonly verdicts = new Map<string, ViewerOperationVerdict>();

  constructor(private readonly maxRemembered = 1000) {}

  judge(document: string, operationName: string | undefined): ViewerOperationVerdict {
    const key = `${operationName ?? ''}\u0000${document}`;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = { cacheable: isCacheableQuery(document, operationName), documentKey: createHash('sha256').update(key).digest('base64') };
      if (this.verdicts.size >= this.maxRemembered) this.verdicts.delete(this.verdicts.keys().next().value!);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }
}

export function isCacheableQuery(document: string, operationName: string | undefined): boolean {
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(document, { noLocation: true }).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return false;
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation || operation.operation !== OperationTypeNode.QUERY) return false;
  return operation.selectionSet.selections.every(isCacheableRootSelection);
}

function isCacheableRootSelection(selection: SelectionNode): boolean {
  if (selection.kind !== Kind.FIELD) return false;
  if (selection.name.value !== '__typename' && !VIEWER_CACHEABLE_ROOT_FIELDS.has(selection.name.value)) return false;
  return (selection.directives ?? []).every((d) => HARMLESS_DIRECTIVES.has(d.name.value));
}
