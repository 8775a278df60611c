import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../../config/env';
import { createContext, type Services } from '../../context';
import { resolveRequest } from '../../auth/request-caller';
import type { DataSource } from 'typeorm';
import type { ExportFormat, ExportKind } from './export.service';

/** GET /export/GM0363/2026/antwoorden.csv (or .xlsx; or indicatoren.*), with the session cookie or an API token. */
export function exportRoutes(dataSource: DataSource, services: Services, config: Config): Router {
  const router = Router();
  router.get('/export/:code/:year/:kind.:format', async (req, res) => {
    const { code, kind, format } = req.params;
    const year = Number(req.params.year);
    if (!MUNICIPALITY_CODE_PATTERN.test(code) || !Number.isInteger(year) || !['antwoorden', 'indicatoren'].includes(kind) || !['csv', 'xlsx'].includes(format)) {
      res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: 'Gebruik /export/<gemeentecode>/<jaar>/<antwoorden|indicatoren>.<csv|xlsx>' } });
      return;
    }
    try {
      const request = await resolveRequest(req, res, { sessions: services.sessions, tokens: services.apiTokens, config });
      const ctx = createContext(dataSource, services, request, config.demo);
      const file = await services.exports.export(ctx, code, year, kind as ExportKind, format as ExportFormat);
      res.set({ 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.filename}"`, 'Cache-Control': 'no-store' });
      res.send(file.body);
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
      const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 }[code] ?? 500;
      if (status === 500) console.error('[export] onverwachte fout:', error);
      res.status(status).json({ error: { code, message: status === 500 ? 'Er ging iets mis op de server.' : (error as Error).message } });
    }
  });
  return router;
}
