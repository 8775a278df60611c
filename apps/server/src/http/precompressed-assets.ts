import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RequestHandler } from 'express';

const COMPRESSIBLE = /\.(js|css|json|svg)$/;
const FILE_NAME = /^[\w.-]+$/;

/**
 * The web build's assets (`/assets/<name>`, content-hashed, never changed) gzipped once, when first
 * asked, and then sent as kept: compressing the first route's JavaScript anew for every visitor
 * cost the server about 15 ms per file, on the landing page's critical path. Other requests (no
 * gzip accepted, unknown files) go on to the static files as before.
 */
export function precompressedAssets(assetsDir: string): RequestHandler {
  const kept = new Map<string, Buffer | null>();
  const gzipped = (name: string): Buffer | null => {
    let bytes = kept.get(name);
    if (bytes === undefined) {
      const file = path.join(assetsDir, name);
      bytes = fs.existsSync(file) ? gzipSync(fs.readFileSync(file), { level: 9 }) : null;
      kept.set(name, bytes);
    }
    return bytes;
  };
  return (req, res, next) => {
    const name = req.path.slice(1);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !FILE_NAME.test(name) || !COMPRESSIBLE.test(name)) return next();
    if (req.acceptsEncodings('gzip', 'identity') !== 'gzip') return next();
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
