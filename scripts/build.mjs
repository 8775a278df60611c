// Builds what `pnpm start` and the tests need: domain + server (tsc, incremental) and the SPA
// (vite), the SPA only when a source file changed since its last build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'apps', 'web');
const stamp = path.join(web, 'dist', '.build-stamp');

function run(label, script, args, cwd = root) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[build] ${label} mislukt`);
    process.exit(result.status ?? 1);
  }
  console.log(`[build] ${label} klaar in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function newestChange(entries) {
  let newest = 0;
  const visit = (file) => {
    if (!fs.existsSync(file)) return;
    const stat = fs.statSync(file);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(file)) if (child !== '__tests__' && child !== 'node_modules') visit(path.join(file, child));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  entries.forEach(visit);
  return newest;
}

run('domein en server (tsc)', path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), ['-b', 'packages/domain', 'apps/server']);

const webSources = [
  'src',
  'public',
  'index.html',
  'playground.html',
  'vite.config.ts',
  'landing-preload.ts',
  'split-documents.ts',
  'package.json',
].map((f) => path.join(web, f));
webSources.push(path.join(root, 'packages', 'domain', 'src'));
const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
// the landing map's markup for the server, built from the same sources (apps/web/dist-ssr/landing-markup.cjs)
const markup = path.join(web, 'dist-ssr', 'landing-markup.cjs');
if (newestChange(webSources) > built || !fs.existsSync(markup)) {
  run('webapplicatie (vite)', path.join(web, 'node_modules', 'vite', 'bin', 'vite.js'), ['build', '--logLevel', 'warn'], web);
  run(
    'landingskaart voor de server (vite --ssr)',
    path.join(web, 'node_modules', 'vite', 'bin', 'vite.js'),
    ['build', '--ssr', 'src/features/map/landingMarkup.tsx', '--logLevel', 'warn'],
    web,
  );
  fs.writeFileSync(stamp, new Date().toISOString());
} else {
  console.log('[build] webapplicatie is actueel');
}
