import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { print, type DocumentNode } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import type { Plugin } from 'vite';
import { documentsOf } from './split-documents';
import { LANDING_OPERATIONS, SERVER_RENDERED_ATTRIBUTE } from './src/features/map/landingOperations';

const GENERATED = fileURLToPath(new URL('./src/gql/__generated__/graphql.ts', import.meta.url));
/** The file (in dist) the server reads the landing page's queries and files from (apps/server/src/http/landing-page.ts). */
export const LANDING_FILE = 'landing.json';

/** The lazy chunks the landing page needs before it can draw its map. */
const LANDING_CHUNKS = /[\\/]src[\\/]features[\\/]map[\\/](HomePage|MunicipalityMap)\.tsx$/;

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  imports: string[];
  facadeModuleId: string | null;
  isEntry: boolean;
  viteMetadata?: { importedCss: Set<string> };
}

function chunksOf(bundle: Record<string, { type: string }>): ChunkLike[] {
  return Object.values(bundle).filter((o): o is ChunkLike => o.type === 'chunk');
}

/** A chunk's file and every file it imports statically, CSS included. */
function withStaticImports(chunk: ChunkLike, byName: Map<string, ChunkLike>, into = new Set<string>()): Set<string> {
  if (into.has(chunk.fileName)) return into;
  into.add(chunk.fileName);
  for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
  for (const name of chunk.imports) {
    const imported = byName.get(name);
    if (imported) withStaticImports(imported, byName, into);
  }
  return into;
}

/**
 * The script that asks the landing chunks at once, only when '/' is opened (other routes do not pay
 * for them). It also follows a click or Enter on an area of the map the server drew (marked
 * `data-server-rendered`) to the municipality's page, like the app's map does, until the app has
 * replaced that map with its own.
 */
export function landingPreloadScript(files: readonly string[]): string {
  const hrefs = JSON.stringify(files.map((f) => `/${f}`));
  return (
    `if(location.pathname==='/'){for(const h of ${hrefs}){const l=document.createElement('link');` +
    `if(h.endsWith('.css')){l.rel='preload';l.as='style'}else{l.rel='modulepreload'}` +
    `l.crossOrigin='';l.href=h;document.head.appendChild(l)}` +
    `const f=e=>{const a=e.target instanceof Element&&e.target.closest('[${SERVER_RENDERED_ATTRIBUTE}] [data-code]');` +
    `if(a&&(e.type==='click'||e.key==='Enter'))location.assign('/gemeente/'+encodeURIComponent(a.getAttribute('data-code')))};` +
    `document.addEventListener('click',f);document.addEventListener('keydown',f)}\n`
  );
}

function landingFiles(bundle: Record<string, { type: string }>): string[] {
  const chunks = chunksOf(bundle);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html'));
  const inEntry = entry ? withStaticImports(entry, byName) : new Set<string>();
  const landing = new Set<string>();
  for (const chunk of chunks.filter((c) => LANDING_CHUNKS.test(c.facadeModuleId ?? ''))) withStaticImports(chunk, byName, landing);
  return [...landing].filter((f) => !inEntry.has(f));
}

/**
 * The landing map's queries as Apollo sends them (with __typename), from the generated documents:
 * the server answers these inside the landing page's HTML, so the shapes are the page's own.
 */
export function landingQueries(generatedSource: string): { operationName: string; variables: Record<string, unknown>; query: string }[] {
  const documents = documentsOf(generatedSource);
  return LANDING_OPERATIONS.map(({ document, operationName, variables }) => {
    const json = documents.get(document);
    if (json === undefined) throw new Error(`${document} is missing from the generated documents`);
    return { operationName, variables, query: print(addTypenameToDocument(JSON.parse(json) as DocumentNode)) };
  });
}

/**
 * Build-only: the landing page's chunks (its page and the map, with what they import) otherwise
 * start downloading only after the entry has been evaluated; asked by a small async script from
 * index.html they arrive together with the entry. A file, not an inline script: the server's
 * Content-Security-Policy allows scripts from 'self' only.
 */
export function landingPreload(): Plugin {
  return {
    name: 'monitor-landing-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      const files = landingFiles(bundle);
      const landing = { queries: landingQueries(fs.readFileSync(GENERATED, 'utf8')), preload: files.map((f) => `/${f}`) };
      this.emitFile({ type: 'asset', fileName: LANDING_FILE, source: JSON.stringify(landing) });
      if (html?.type !== 'asset' || typeof html.source !== 'string' || files.length === 0) return;
      const ref = this.emitFile({ type: 'asset', name: 'landing-preload.js', source: landingPreloadScript(files) });
      html.source = html.source.replace('</head>', `  <script async src="/${this.getFileName(ref)}"></script>\n  </head>`);
    },
  };
}
