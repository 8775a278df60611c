import { ErrorCode } from '@monitor/domain';
import express, { Router } from 'express';
import type { DataSource } from 'typeorm';
import { isAllowed } from '../../auth/access';
import { resolveRequest } from '../../auth/request-caller';
import type { Config } from '../../config/env';
import type { Services } from '../../context';
import { ACCESS_MATRIX } from '../../auth/access-matrix';
import { sendError } from '../../http/http-errors';
import { firstControlByte, sendBadUserInput, validUrlInput } from '../../http/url-input';

export const IMPORT_BODY_LIMIT = '50mb';
/** A custom header forces a CORS preflight, so other sites cannot post imports (CSRF). */
export const IMPORT_HEADER = 'x-monitor-import';

/**
 * POST /import/cbs?table=84849NED&name=bestand.csv with the file as the body. Answers with
 * newline-delimited JSON: progress lines {"progress": {...}}, then {"report": {...}}.
 */
export function importRoutes(_dataSource: DataSource, services: Services, config: Config): Router {
  const router = Router();
  router.post('/import/cbs', validUrlInput(), express.raw({ type: () => true, limit: IMPORT_BODY_LIMIT }), async (req, res) => {
    try {
      if (req.headers[IMPORT_HEADER] !== '1') {
        sendError(res, ErrorCode.BAD_REQUEST, `Stuur de header ${IMPORT_HEADER}: 1 mee.`);
        return;
      }
      // checked before the caller is looked up, so invalid bytes never reach the database
      const upload = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const control = firstControlByte(upload);
      if (control) {
        sendBadUserInput(
          res,
          'file',
          `bevat een ongeldig stuurteken (byte 0x${upload[control.offset].toString(16).padStart(2, '0')}) op regel ${control.line}`,
        );
        return;
      }
      const request = await resolveRequest(req, res, { sessions: services.sessions, tokens: services.apiTokens, config });
      if (!isAllowed(ACCESS_MATRIX['Import.cbs'], request.caller)) {
        const code = request.caller.kind === 'anonymous' ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN;
        sendError(res, code, 'Alleen beheerders mogen CBS-cijfers importeren.');
        return;
      }
      const bytes = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
      res.status(200).type('application/x-ndjson');
      const write = (line: unknown) => res.write(`${JSON.stringify(line)}\n`);
      const report = await services.cbsImport.import(
        {
          bytes,
          fileName: (typeof req.query.name === 'string' ? req.query.name : 'upload').slice(0, 200),
          tableId: typeof req.query.table === 'string' && req.query.table ? req.query.table : undefined,
        },
        { caller: request.caller, clientAddress: request.clientAddress },
        (progress) => write({ progress }),
      );
      write({ report });
      res.end();
    } catch (error) {
      console.error('[import] onverwachte fout:', error);
      if (!res.headersSent) sendError(res, ErrorCode.INTERNAL_SERVER_ERROR);
      else res.end(`${JSON.stringify({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR } })}\n`);
    }
  });
  router.use('/import', (error: { type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (error?.type === 'entity.too.large') {
      sendError(res, ErrorCode.REQUEST_TOO_LARGE, `Het bestand is groter dan ${IMPORT_BODY_LIMIT}.`);
      return;
    }
    next(error);
  });
  return router;
}
