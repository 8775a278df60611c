import fs from 'node:fs';
import type { Plugin } from 'vite';

const GENERATED = /[\\/]src[\\/]gql[\\/]__generated__[\\/]graphql\.ts$/;
const VIRTUAL = '\0monitor-document:';
const DOCUMENT_LINE = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;

/** Every document constant of the generated file by name, as its JSON text. */
export function documentsOf(source: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const line of source.split('\n')) {
    const match = DOCUMENT_LINE.exec(line);
    if (match) documents.set(match[1], match[2]);
  }
  return documents;
}

/**
 * Build-only: serves the generated documents (one file of every operation of the app) as one module
 * per document behind a re-exporting barrel, so that each lazy chunk carries only the documents it
 * sends. As one module, every document ended up in one shared chunk that the landing page loaded
 * first. Each generated document is self-contained (its fragments are copied into it).
 */
export function splitDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'monitor-split-documents',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id.startsWith(VIRTUAL)) {
        const json = documents.get(id.slice(VIRTUAL.length));
        return json === undefined ? null : { code: `export default ${json};`, moduleSideEffects: false };
      }
      if (!GENERATED.test(id)) return null;
      documents = documentsOf(fs.readFileSync(id, 'utf8'));
      const reexports = [...documents.keys()].map((name) => `export { default as ${name} } from ${JSON.stringify(VIRTUAL + name)};`);
      return { code: reexports.join('\n'), moduleSideEffects: false };
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? id : null;
    },
  };
}
