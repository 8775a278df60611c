import { createHash } from 'node:crypto';
import { ErrorCode, isMunicipalityCode } from '@monitor/domain';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { DataChanges } from '../../db/data-changes';
import { sendError } from '../../http/http-errors';
import { clientHolds } from '../../http/stored-bytes';
import { districtBoundariesOf } from '../district/district.repository';
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

  const kept = async (key: string, read: () => Promise<Entry | null>): Promise<Entry | null> => {
    if (!changes?.listening || changes.generation !== generation) {
      cache.clear();
      generation = changes?.generation;
    }
    const found = cache.get(key);
    if (found) return found;
    const readIn = generation;
    const entry = await read();
    // kept only when no change arrived while it was read
    if (entry !== null && changes?.listening && changes.generation === readIn && generation === readIn) cache.set(key, entry);
    return entry;
  };
  const entryFor = (layer: string, format: Format) =>
    kept(`${layer}.${format}`, async () => {
      const topology = await newestTopology(dataSource.manager, layer);
      if (topology === null) return null;
      return format === 'topojson' ? { body: topology, etag: etagOf(topology) } : project(topology);
    });
  /** A current municipality's districts as a GeoJSON FeatureCollection (null: no such municipality). */
  const districtsOf = (municipalityCode: string) =>
    kept(`districts.${municipalityCode}`, async () => {
      const found = await districtBoundariesOf(dataSource.manager, municipalityCode);
      if (found === null) return null;
      const body = JSON.stringify({
        type: 'FeatureCollection',
        municipalityCode,
        year: found.year,
        features: found.districts.map((d) => ({ type: 'Feature', properties: { statcode: d.code, statnaam: d.name }, geometry: d.boundary })),
      });
      return { body, etag: etagOf(body) };
    });
  return { entryFor, districtsOf, municipalityPaths: () => entryFor(LAYERS.municipalities, 'paths') };
}

function sendEntry(req: Request, res: Response, entry: Entry): void {
  res.set({ 'Content-Type': 'application/json; charset=utf-8', ETag: entry.etag, 'Cache-Control': 'public, max-age=3600, must-revalidate' });
  if (clientHolds(req, entry.etag)) {
    res.status(304).end();
    return;
  }
  res.send(entry.body);
}

/**
 * Revalidated by ETag (304). `/geo/<layer>.topojson` is the stored TopoJSON, `/geo/<layer>.paths.json`
 * the same areas as SVG paths (projected once per set of boundaries; the landing map draws them
 * without projection code). `/geo/districts/<municipality code>.geojson`: the municipality's districts
 * (newest division year) for the district and supply maps, which ask GraphQL only for the figures.
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
        sendEntry(req, res, entry);
      } catch (error) {
        next(error);
      }
    };
  router.get('/geo/:name.topojson', validUrlInput(), serve('topojson'));
  router.get('/geo/:name.paths.json', validUrlInput(), serve('paths'));
  router.get('/geo/districts/:code.geojson', validUrlInput(), async (req, res, next) => {
    try {
      const code = String(req.params.code);
      const entry = isMunicipalityCode(code) ? await files.districtsOf(code) : null;
      if (entry === null) {
        sendError(res, ErrorCode.NOT_FOUND, 'Onbekende gemeente; gebruik een CBS-gemeentecode, zoals GM0363');
        return;
      }
      sendEntry(req, res, entry);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
