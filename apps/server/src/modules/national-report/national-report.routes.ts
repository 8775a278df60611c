import { ErrorCode, isYearIn } from '@monitor/domain';
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { resolveRequest } from '../../auth/request-caller';
import type { Config } from '../../config/env';
import { createContext, type Services } from '../../context';
import { errorCodeOf, sendError } from '../../http/http-errors';
import { ownBaseUrl } from '../../http/page-printer';
import { sendBadUserInput, validUrlInput } from '../../http/url-input';

/** GET /pdf/jaarrapport/<year>.pdf: the national report of a year as PDF, printed from its web page (public). */
export function nationalReportRoutes(dataSource: DataSource, services: Services, config: Config): Router {
  const router = Router();
  router.get('/pdf/jaarrapport/:year.pdf', validUrlInput(), async (req, res) => {
    const text = (req.params as Record<string, string>).year;
    const year = Number(text);
    if (!/^\d{4}$/.test(text) || !isYearIn('monitor', year))
      return sendBadUserInput(res, 'year', 'gebruik /pdf/jaarrapport/<jaar>.pdf, bijvoorbeeld /pdf/jaarrapport/2026.pdf');
    try {
      const request = await resolveRequest(req, res, { sessions: services.sessions, tokens: services.apiTokens, config });
      const ctx = createContext(dataSource, services, request, config.demo);
      const file = await services.nationalReports.pdf(ctx, year, ownBaseUrl(req));
      if (!file) return sendError(res, ErrorCode.NOT_FOUND, `Er is geen jaarrapport over ${year}.`);
      res.set({ 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${file.filename}"`, 'Cache-Control': 'no-cache' });
      res.send(file.body);
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === ErrorCode.INTERNAL_SERVER_ERROR) console.error('[jaarrapport] onverwachte fout:', error);
      sendError(res, code, code === ErrorCode.INTERNAL_SERVER_ERROR ? undefined : (error as Error).message);
    }
  });
  return router;
}
