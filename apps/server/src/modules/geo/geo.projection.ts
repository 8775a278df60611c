/**
 * Boundaries as ready-to-draw SVG paths: a TopoJSON layer decoded and projected (web Mercator, as
 * d3's geoMercator, fitted to a frame) once on the server, so the landing page downloads less than
 * the TopoJSON and the browser runs no projection code. Areas of a few square kilometres at most a
 * few hundred pixels wide need no adaptive resampling; coordinates are rounded to 0.1 px.
 */

type Position = [number, number];

interface TopologyGeometry {
  type: string;
  arcs?: unknown;
  properties?: Record<string, unknown>;
}

interface Topology {
  type: 'Topology';
  transform?: { scale: Position; translate: Position };
  arcs: Position[][];
  objects: Record<string, { type: string; geometries?: TopologyGeometry[] }>;
}

export interface ProjectedArea {
  code: string;
  name: string;
  /** SVG path data in the frame's pixels. */
  d: string;
}

export interface ProjectedBoundaries {
  /** The view box around all areas (2 px margin), as the SVG attribute. */
  viewBox: string;
  areas: ProjectedArea[];
}

/** The frame the landing map is drawn in (its SVG scales with the page; this sets the precision). */
export const PROJECTION_FRAME = { width: 600, height: 720 } as const;

/** Arcs with absolute coordinates in degrees (TopoJSON quantises and delta-encodes them). */
function decodeArcs(topology: Topology): Position[][] {
  const transform = topology.transform;
  if (!transform) return topology.arcs;
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): Position => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/** A closed ring from arc indexes (negative: the arc reversed, ~index), without repeated joints. */
function ring(arcs: Position[][], indexes: number[]): Position[] {
  const points: Position[] = [];
  for (const index of indexes) {
    const arc = index < 0 ? [...arcs[~index]].reverse() : arcs[index];
    points.push(...(points.length === 0 ? arc : arc.slice(1)));
  }
  return points;
}

function polygonsOf(geometry: TopologyGeometry): number[][][] {
  if (geometry.type === 'Polygon') return [geometry.arcs as number[][]];
  if (geometry.type === 'MultiPolygon') return geometry.arcs as number[][][];
  return [];
}

/** Spherical Mercator before scaling: x east, y south (SVG's y axis points down). */
function mercator([longitude, latitude]: Position): Position {
  const lambda = (longitude * Math.PI) / 180;
  const phi = (latitude * Math.PI) / 180;
  return [lambda, -Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

const textOf = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

const round = (n: number) => Math.round(n * 10) / 10;

function pathData(rings: Position[][], toFrame: (p: Position) => Position): string {
  let d = '';
  for (const points of rings) {
    let previous = '';
    let commands = 0;
    let part = '';
    // TopoJSON rings repeat their first point at the end; Z closes them
    for (const point of points.slice(0, -1)) {
      const [x, y] = toFrame(point);
      const xy = `${round(x)},${round(y)}`;
      if (xy === previous) continue;
      part += `${commands === 0 ? 'M' : 'L'}${xy}`;
      previous = xy;
      commands++;
    }
    if (commands >= 3) d += `${part}Z`;
  }
  return d;
}

function boundsOf(rings: Position[][]): [number, number, number, number] | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const points of rings) {
    for (const [x, y] of points) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return x0 <= x1 && y0 <= y1 ? [x0, y0, x1, y1] : null;
}

/** Projects every area of a topology object, fitted to `frame` like d3's `fitSize`. */
export function projectTopology(
  topology: Topology,
  objectName: string,
  frame: { width: number; height: number } = PROJECTION_FRAME,
): ProjectedBoundaries {
  const arcs = decodeArcs(topology).map((arc) => arc.map(mercator));
  const geometries = topology.objects[objectName]?.geometries ?? [];
  const shapes = geometries.map((g) => ({
    properties: g.properties ?? {},
    rings: polygonsOf(g).flatMap((polygon) => polygon.map((r) => ring(arcs, r))),
  }));
  const bounds = boundsOf(shapes.flatMap((s) => s.rings));
  if (!bounds) return { viewBox: `0 0 ${frame.width} ${frame.height}`, areas: [] };
  const [x0, y0, x1, y1] = bounds;
  const k = Math.min(frame.width / (x1 - x0), frame.height / (y1 - y0));
  const dx = (frame.width - k * (x1 + x0)) / 2;
  const dy = (frame.height - k * (y1 + y0)) / 2;
  const toFrame = ([x, y]: Position): Position => [x * k + dx, y * k + dy];
  const areas = shapes.map(({ properties, rings }) => ({
    code: textOf(properties.statcode),
    name: textOf(properties.statnaam),
    d: pathData(rings, toFrame),
  }));
  const [left, top] = toFrame([x0, y0]);
  const [right, bottom] = toFrame([x1, y1]);
  const viewBox = [left - 2, top - 2, right - left + 4, bottom - top + 4].map((n) => n.toFixed(1)).join(' ');
  return { viewBox, areas };
}

/** The projected boundaries of a stored topology (JSON text), from its first object. */
export function projectTopologyText(text: string): ProjectedBoundaries {
  const topology = JSON.parse(text) as Topology;
  return projectTopology(topology, Object.keys(topology.objects)[0]);
}
