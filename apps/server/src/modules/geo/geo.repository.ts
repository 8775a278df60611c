import type { EntityManager } from 'typeorm';

/** The geo module owns boundary_layer: the TopoJSON map layers served under /geo. */

/** The newest stored topology of a layer as JSON text, or null. */
export async function newestTopology(db: EntityManager, layer: string): Promise<string | null> {
  const rows = await db.query<{ topology: string }[]>(
    'SELECT topology::text AS topology FROM boundary_layer WHERE layer = $1 ORDER BY year DESC LIMIT 1',
    [layer],
  );
  return rows[0]?.topology ?? null;
}

export async function upsertLayer(db: EntityManager, layer: { layer: string; year: number }, topology: string, source: string): Promise<void> {
  await db.query(
    `INSERT INTO boundary_layer (layer, year, topology, source) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (layer, year) DO UPDATE SET topology = EXCLUDED.topology, source = EXCLUDED.source`,
    [layer.layer, layer.year, topology, source],
  );
}
