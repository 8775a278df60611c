import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RequestHandler } from 'express';
import { acceptsGzip } from './accepts-gzip';

const COMPRESSIBLE = /\.(js|css|json|svg)$/;
const FILE_NAME = /^[\w.-]+$/;

/**
 * The web build's assets (`/assets/<name>`, content-hashed, never changed) gzipped once, when first
 * asked, and then sent as kept: compressing the first route's JavaScript anew for every visitor
 * cost the server about 15 ms per file, on the landing page's critical path. Other requests (no
 * gzip accepted, unknown files) go on to the static files as before.
 */
export function precompressedAssets(assetsDir: string): RequestHandler {
  // only the build's own files are kept (listed once), so asking for made-up names stores nothing
  const files = new Set(fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir).filter((name) => COMPRESSIBLE.test(name)) : []);
  const kept = new Map<string, Buffer>();
  const gzipped = (name: string): Buffer | null => {
    if (!files.has(name)) return null;
    let bytes = kept.get(name);
    if (bytes === undefined) {
      bytes = gzipSync(fs.readFileSync(path.join(assetsDir, name)), { level: 9 });
      kept.set(name, bytes);
    }
    return bytes;
  };
  return (req, res, next) => {
    const name = req.path.slice(1);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !FILE_NAME.test(name) || !COMPRESSIBLE.test(name)) return next();
    if (!acceptsGzip(req)) return next();
    const bytes = gzipped(name);
    if (bytes === null) return next();
    res.type(path.extname(name));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', bytes.length);
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
}
