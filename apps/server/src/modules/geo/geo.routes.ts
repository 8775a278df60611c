import { createHash } from 'node:crypto';
import { ErrorCode } from '@monitor/domain';
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { DataChanges } from '../../db/data-changes';
import { sendError } from '../../http/http-errors';
import { newestTopology } from './geo.repository';
import { validUrlInput } from '../../http/url-input';

/** Map layers by public name; the SPA loads boundaries here, apart from its code bundle. */
const LAYERS: Record<string, string> = {
  municipalities: 'gemeente',
  provinces: 'provincie',
  'veilig-thuis-regions': 'veiligthuisregio',
  'safety-regions': 'veiligheidsregio',
  'ggd-regions': 'ggdregio',
  'youth-care-regions': 'jeugdregio',
};

/**
 * Boundaries change only with an import: kept in memory and revalidated by ETag (304), until the data
 * changes (`changes`, the generation of the public-answer cache); without a listener they are read
 * on every request, so an import is never hidden.
 */
export function geoRoutes(dataSource: DataSource, changes: DataChanges | null = null): Router {
  const router = Router();
  const cache = new Map<string, { body: string; etag: string }>();
  let generation = changes?.generation;

  router.get('/geo/:name.topojson', validUrlInput(), async (req, res, next) => {
    try {
      const name = String(req.params.name);
      const layer = Object.hasOwn(LAYERS, name) ? LAYERS[name] : undefined;
      if (!layer) {
        sendError(res, ErrorCode.NOT_FOUND, `Onbekende kaartlaag; kies uit: ${Object.keys(LAYERS).join(', ')}`);
        return;
      }
      if (!changes?.listening || changes.generation !== generation) {
        cache.clear();
        generation = changes?.generation;
      }
      let entry = cache.get(layer);
      if (!entry) {
        const topology = await newestTopology(dataSource.manager, layer);
        if (topology === null) {
          sendError(res, ErrorCode.NOT_FOUND, 'Deze kaartlaag is (nog) niet geladen');
          return;
        }
        entry = { body: topology, etag: `"${createHash('sha1').update(topology).digest('base64url')}"` };
        // kept only when no change arrived while it was read
        if (changes?.listening && changes.generation === generation) cache.set(layer, entry);
      }
      res.set({ 'Content-Type': 'application/json; charset=utf-8', ETag: entry.etag, 'Cache-Control': 'public, max-age=3600, must-revalidate' });
      if (req.headers['if-none-match'] === entry.etag) {
        res.status(304).end();
        return;
      }
      res.send(entry.body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
