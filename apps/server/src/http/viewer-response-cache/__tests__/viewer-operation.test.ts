import { ACCESS_MATRIX } from '../../../auth/access-matrix';
import { isCacheableQuery, VIEWER_CACHEABLE_ROOT_FIELDS, ViewerOperations } from '../viewer-operation';

describe('which signed-in operations the per-viewer cache may keep', () => {
  it('allows only queries that are in the access matrix', () => {
    for (const field of VIEWER_CACHEABLE_ROOT_FIELDS) expect(ACCESS_MATRIX[`Query.${field}`]).toBeDefined();
  });

  it('leaves out reads built from sessions, tokens, the audit log or the outbox, and download addresses', () => {
    for (const field of ['me', 'sessions', 'apiTokens', 'auditEvents', 'mailOutbox', 'researchExportPreview', 'users', 'registrations'])
      expect(VIEWER_CACHEABLE_ROOT_FIELDS.has(field)).toBe(false);
  });

  it('accepts a query of allowed root fields, also with @include/@skip, and nothing else', () => {
    expect(isCacheableQuery('query A($c: String!) { response(municipalityCode: $c, year: 2026) { status } __typename }', undefined)).toBe(true);
    expect(isCacheableQuery('query A($w: Boolean!) { benchmark(key: "x", year: 2026) @include(if: $w) { n } }', 'A')).toBe(true);
    expect(isCacheableQuery('mutation { logout }', undefined)).toBe(false);
    expect(isCacheableQuery('{ municipality(code: "GM0363") { code } me { id } }', undefined)).toBe(false);
    expect(isCacheableQuery('{ ... on Query { municipality(code: "GM0363") { code } } }', undefined)).toBe(false);
    expect(isCacheableQuery('{ municipality(code: "GM0363") @cached { code } }', undefined)).toBe(false);
    expect(isCacheableQuery('{ municipality(', undefined)).toBe(false);
    // with two operations, the named one decides; without a name nothing is chosen
    const two = 'query Read { indicators(municipalityCode: "GM0363", year: 2026) { key } } mutation Write { logout }';
    expect(isCacheableQuery(two, 'Read')).toBe(true);
    expect(isCacheableQuery(two, 'Write')).toBe(false);
    expect(isCacheableQuery(two, undefined)).toBe(false);
  });

  it('gives one document key per operation name and document', () => {
    const operations = new ViewerOperations();
    const document = 'query Read { forumCategories { slug } }';
    expect(operations.judge(document, 'Read').documentKey).toBe(operations.judge(document, 'Read').documentKey);
    expect(operations.judge(document, undefined).documentKey).not.toBe(operations.judge(document, 'Read').documentKey);
  });
});
