import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { databaseReady } from '../../db/data-source';

/** 200 only when the database answers and every migration has been applied. */
export function healthRoutes(dataSource: DataSource): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const ready = dataSource.isInitialized && (await databaseReady(dataSource));
    res.set('Cache-Control', 'no-store');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable' });
  });
  return router;
}
