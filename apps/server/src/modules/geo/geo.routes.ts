import { createHash } from 'node:crypto';
import { ErrorCode } from '@monitor/domain';
import { Router, type RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { DataChanges } from '../../db/data-changes';
import { sendError } from '../../http/http-errors';
import { newestTopology } from './geo.repository';
import { projectTopologyText } from './geo.projection';
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

type Format = 'topojson' | 'paths';
type Entry = { body: string; etag: string };

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/**
 * The projected paths of a topology, kept by the topology's hash: a data change that leaves the
 * boundaries as they are (most of them) does not project them again.
 */
function pathsProjector() {
  const projected = new Map<string, Entry>();
  return (topology: string): Entry => {
    const source = etagOf(topology);
    let entry = projected.get(source);
    if (!entry) {
      const body = JSON.stringify(projectTopologyText(topology));
      entry = { body, etag: etagOf(body) };
      if (projected.size >= Object.keys(LAYERS).length * 2) projected.clear();
      projected.set(source, entry);
    }
    return entry;
  };
}

/**
 * Boundaries change only with an import: kept in memory until the data changes (`changes`, the
 * generation of the public-answer cache); without a listener they are read on every request, so
 * an import is never hidden. The routes and the landing page's HTML (http/landing-page.ts) share them.
 */
export function boundaryFiles(dataSource: DataSource, changes: DataChanges | null = null) {
  const cache = new Map<string, Entry>();
  let generation = changes?.generation;
  const project = pathsProjector();

  const entryFor = async (layer: string, format: Format): Promise<Entry | null> => {
    if (!changes?.listening || changes.generation !== generation) {
      cache.clear();
      generation = changes?.generation;
    }
    const key = `${layer}.${format}`;
    const kept = cache.get(key);
    if (kept) return kept;
    const topology = await newestTopology(dataSource.manager, layer);
    if (topology === null) return null;
    const entry = format === 'topojson' ? { body: topology, etag: etagOf(topology) } : project(topology);
    // kept only when no change arrived while it was read
    if (changes?.listening && changes.generation === generation) cache.set(key, entry);
    return entry;
  };
  return { entryFor, municipalityPaths: () => entryFor(LAYERS.municipalities, 'paths') };
}

/**
 * Revalidated by ETag (304). `/geo/<layer>.topojson` is the stored TopoJSON, `/geo/<layer>.paths.json`
 * the same areas as SVG paths (projected once per set of boundaries; the landing map draws them
 * without projection code).
 */
export function geoRoutes(dataSource: DataSource, changes: DataChanges | null = null, files = boundaryFiles(dataSource, changes)): Router {
  const router = Router();
  const { entryFor } = files;

  const serve =
    (format: Format): RequestHandler =>
    async (req, res, next) => {
      try {
        const name = String(req.params.name);
        const layer = Object.hasOwn(LAYERS, name) ? LAYERS[name] : undefined;
        if (!layer) {
          sendError(res, ErrorCode.NOT_FOUND, `Onbekende kaartlaag; kies uit: ${Object.keys(LAYERS).join(', ')}`);
          return;
        }
        const entry = await entryFor(layer, format);
        if (entry === null) {
          sendError(res, ErrorCode.NOT_FOUND, 'Deze kaartlaag is (nog) niet geladen');
          return;
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
    };
  router.get('/geo/:name.topojson', validUrlInput(), serve('topojson'));
  router.get('/geo/:name.paths.json', validUrlInput(), serve('paths'));
  return router;
}
