import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { splitDocuments } from './split-documents';
import { landingPreload } from './landing-preload';

// The API server (apps/server); override for a server on another port.
const api = process.env.MONITOR_API_URL ?? 'http://localhost:4000';

/** The server-side build (`vite build --ssr`): the landing map's markup for the server (apps/server/src/http/landing-page.ts). */
export const SSR_OUT_DIR = 'dist-ssr';
export const LANDING_MARKUP_FILE = 'landing-markup.cjs';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [splitDocuments(), react(), ...(isSsrBuild ? [] : [landingPreload()])],
  resolve: {
    alias: {
      '@monitor/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/geo': api,
      '/healthz': api,
      '/export': api,
      '/import': api,
    },
  },
  preview: {
    proxy: {
      '/graphql': api,
      '/geo': api,
      '/healthz': api,
      '/export': api,
      '/import': api,
    },
  },
  // one CommonJS file the server requires: its own copy of React and everything else, CSS left out
  ssr: { noExternal: true },
  build: isSsrBuild
    ? {
        outDir: SSR_OUT_DIR,
        emptyOutDir: true,
        rolldownOptions: { output: { format: 'cjs' as const, entryFileNames: LANDING_MARKUP_FILE } },
      }
    : {
        // GraphiQL bundles monaco-editor (several MB); it only loads on /playground.
        chunkSizeWarningLimit: 4000,
        rolldownOptions: {
          // GraphiQL's React-Compiler output carries "use no memo" directives; dropping them is harmless.
          onwarn(warning, defaultHandler) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            defaultHandler(warning);
          },
          input: {
            index: fileURLToPath(new URL('./index.html', import.meta.url)),
            playground: fileURLToPath(new URL('./playground.html', import.meta.url)),
          },
        },
      },
}));
