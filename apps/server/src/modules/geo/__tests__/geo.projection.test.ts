import { projectTopology } from '../geo.projection';

/** Two unit squares side by side sharing one arc (the second uses it reversed), quantised like CBS's files. */
const topology = {
  type: 'Topology' as const,
  transform: { scale: [0.5, 0.5] as [number, number], translate: [4, 52] as [number, number] },
  arcs: [
    // the shared edge x = 5 from (5, 52) up to (5, 53)
    [
      [2, 0],
      [0, 2],
    ],
    // the west square's other edges: (5, 53) -> (4, 53) -> (4, 52) -> (5, 52)
    [
      [2, 2],
      [-2, 0],
      [0, -2],
      [2, 0],
    ],
    // the east square's other edges: (5, 52) -> (6, 52) -> (6, 53) -> (5, 53)
    [
      [2, 0],
      [2, 0],
      [0, 2],
      [-2, 0],
    ],
  ] as [number, number][][],
  objects: {
    gemeente: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { statcode: 'GM0001', statnaam: 'West' } },
        { type: 'MultiPolygon', arcs: [[[2, -1]]], properties: { statcode: 'GM0002', statnaam: 'Oost' } },
      ],
    },
  },
};

const points = (d: string) => [...d.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('projectTopology', () => {
  const { viewBox, areas } = projectTopology(topology, 'gemeente', { width: 200, height: 200 });

  it('keeps each area with its code and name, as closed SVG rings', () => {
    expect(areas.map((a) => [a.code, a.name])).toEqual([
      ['GM0001', 'West'],
      ['GM0002', 'Oost'],
    ]);
    for (const area of areas) expect(area.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}Z$/);
  });

  it('fits the areas to the frame (2 degrees wide fills the 200 px width, north up) and frames them with a margin', () => {
    const all = areas.flatMap((a) => points(a.d));
    const xs = all.map(([x]) => x);
    const ys = all.map(([, y]) => y);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(200);
    // Mercator stretches latitude: one degree at 52° N is 1 / cos(52.5°) ≈ 1.64 degrees of longitude high
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(164.3, 0);
    expect((Math.max(...ys) + Math.min(...ys)) / 2).toBeCloseTo(100, 0);
    const west = points(areas[0].d);
    // the north edge (53° N) is drawn above the south edge
    expect(Math.min(...west.map(([, y]) => y))).toBeLessThan(Math.max(...west.map(([, y]) => y)));
    const [x, y, w, h] = viewBox.split(' ').map(Number);
    expect([x, w]).toEqual([-2, 204]);
    expect(y + h / 2).toBeCloseTo(100, 0);
  });

  it('stitches shared arcs, also reversed, so neighbours share their edge exactly', () => {
    const sharedEdge = (d: string) => points(d).filter(([px]) => px === 100);
    expect(sharedEdge(areas[0].d)).toHaveLength(2);
    expect(sharedEdge(areas[1].d).sort()).toEqual(sharedEdge(areas[0].d).sort());
  });

  it('gives an empty frame for an object without areas', () => {
    expect(projectTopology(topology, 'missing', { width: 600, height: 720 })).toEqual({ viewBox: '0 0 600 720', areas: [] });
  });
});
