import { ErrorCode, isFactsheetSlug } from '@monitor/domain';
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { resolveRequest } from '../../auth/request-caller';
import type { Config } from '../../config/env';
import { createContext, type Services } from '../../context';
import { errorCodeOf, sendError } from '../../http/http-errors';
import { ownBaseUrl } from '../../http/page-printer';
import { sendBadUserInput, validUrlInput } from '../../http/url-input';

/** GET /pdf/factsheets/<slug>.pdf: the latest publication as PDF, printed from its web page (public). */
export function factsheetRoutes(dataSource: DataSource, services: Services, config: Config): Router {
  const router = Router();
  router.get('/pdf/factsheets/:slug.pdf', validUrlInput(), async (req, res) => {
    const { slug } = req.params as Record<string, string>;
    if (!isFactsheetSlug(slug)) return sendBadUserInput(res, 'slug', 'gebruik /pdf/factsheets/<adres>.pdf');
    try {
      const request = await resolveRequest(req, res, { sessions: services.sessions, tokens: services.apiTokens, config });
      const ctx = createContext(dataSource, services, request, config.demo);
      const file = await services.factsheets.pdf(ctx, slug, ownBaseUrl(req));
      if (!file) return sendError(res, ErrorCode.NOT_FOUND, 'Er is geen gepubliceerde factsheet met dit adres.');
      res.set({ 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${file.filename}"`, 'Cache-Control': 'no-cache' });
      res.send(file.body);
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === ErrorCode.INTERNAL_SERVER_ERROR) console.error('[factsheet] onverwachte fout:', error);
      sendError(res, code, code === ErrorCode.INTERNAL_SERVER_ERROR ? undefined : (error as Error).message);
    }
  });
  return router;
}
