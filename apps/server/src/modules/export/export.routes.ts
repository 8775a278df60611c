import { ErrorCode, MUNICIPALITY_CODE_PATTERN, YEAR_MAX, YEAR_MIN } from '@monitor/domain';
import { Router } from 'express';
import type { Config } from '../../config/env';
import { createContext, type Services } from '../../context';
import { resolveRequest } from '../../auth/request-caller';
import type { DataSource } from 'typeorm';
import { errorCodeOf, sendError } from '../../http/http-errors';
import { integerParam, sendBadUserInput, validUrlInput } from '../../http/url-input';
import type { ExportFormat, ExportKind } from './export.service';
import { researchExportRoute } from './research-export.routes';

/** GET /export/GM0363/2026/antwoorden.csv (or .xlsx; or indicatoren.*), with the session cookie or an API token. */
export function exportRoutes(dataSource: DataSource, services: Services, config: Config): Router {
  const router = Router();
  router.get('/export/:code/:year/:kind.:format', validUrlInput(), async (req, res) => {
    const { code, kind, format } = req.params as Record<string, string>;
    const year = integerParam(req, res, 'year', YEAR_MIN.calendar, YEAR_MAX);
    if (year === undefined) return;
    const problem = !MUNICIPALITY_CODE_PATTERN.test(code)
      ? 'code'
      : !['antwoorden', 'indicatoren'].includes(kind)
        ? 'kind'
        : !['csv', 'xlsx'].includes(format)
          ? 'format'
          : null;
    if (problem) {
      sendBadUserInput(res, problem, 'gebruik /export/<gemeentecode>/<jaar>/<antwoorden|indicatoren>.<csv|xlsx>');
      return;
    }
    try {
      const request = await resolveRequest(req, res, { sessions: services.sessions, tokens: services.apiTokens, config });
      const ctx = createContext(dataSource, services, request, config.demo);
      const file = await services.exports.export(ctx, code, year, kind as ExportKind, format as ExportFormat);
      res.set({ 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.filename}"`, 'Cache-Control': 'no-store' });
      res.send(file.body);
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === ErrorCode.INTERNAL_SERVER_ERROR) console.error('[export] onverwachte fout:', error);
      sendError(res, code, code === ErrorCode.INTERNAL_SERVER_ERROR ? undefined : (error as Error).message);
    }
  });
  router.get('/export/onderzoek/:project.:format', validUrlInput(), researchExportRoute(dataSource, services, config));
  return router;
}
