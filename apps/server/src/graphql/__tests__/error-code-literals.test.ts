import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from '@monitor/domain';
import ts from 'typescript';

/**
 * Error codes are written once, in the registry (packages/domain/src/errors/error-codes.ts): server
 * and web name them as `ErrorCode.NOT_FOUND`, never as the string 'NOT_FOUND', and an error code the
 * registry does not know (`code: 'SOMETHING'`) cannot slip in.
 */
const ROOTS = ['apps/server/src', 'apps/web/src'].map((root) => path.resolve(__dirname, '../../../../..', root));
const CODES = new Set(Object.keys(ERROR_CODES));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['__tests__', 'node_modules', 'gql', 'generated'].includes(entry.name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function findings(file: string): Finding[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({
      file: path.relative(path.resolve(__dirname, '../../../../..'), file),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text,
    });
  const visit = (node: ts.Node) => {
    // audit event types (`type: 'REGISTRATION_REJECTED'`) may share a name with a code
    const isEventType = node.parent !== undefined && ts.isPropertyAssignment(node.parent) && node.parent.name.getText(source) === 'type';
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && CODES.has(node.text) && !isEventType) report(node, node.text);
    // an error code outside the registry: { code: 'SOMETHING_NEW' }
    if (
      ts.isPropertyAssignment(node) &&
      node.name.getText(source) === 'code' &&
      ts.isStringLiteral(node.initializer) &&
      /^[A-Z][A-Z_]+$/.test(node.initializer.text)
    )
      report(node, `code: '${node.initializer.text}'`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = ROOTS.flatMap(sourceFiles);

describe('error codes', () => {
  it('scans the sources of server and web', () => {
    expect(files.some((f) => f.endsWith('export.routes.ts'))).toBe(true);
    expect(files.some((f) => f.endsWith('apiError.ts'))).toBe(true);
  });

  it('are written only in the registry, never as string literals', () => {
    expect(files.flatMap(findings)).toEqual([]);
  });
});
