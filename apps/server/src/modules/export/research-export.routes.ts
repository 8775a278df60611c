import { ErrorCode, RESEARCH_DATASETS, RESEARCH_FORMATS, type ResearchDataset, type ResearchFormat } from '@monitor/domain';
import type { Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { resolveRequest } from '../../auth/request-caller';
import type { Config } from '../../config/env';
import { createContext, type Services } from '../../context';
import { errorCodeOf, sendError } from '../../http/http-errors';
import { sendBadUserInput } from '../../http/url-input';
import type { ResearchSelection } from './research-export.service';
import { writeResearchExport } from './research-export.writers';

const USAGE = 'gebruik /export/onderzoek/<project>.<csv|xlsx|parquet>?jaar=<jaar>&gegevens=<INDICATORS,ANSWERS,VEILIG_THUIS,ESTIMATES,RISK_PROFILES>';

/** The selection from the URL, or a 400 naming the wrong parameter (and undefined). */
function selectionOf(req: Request, res: Response): { selection: ResearchSelection; format: ResearchFormat } | undefined {
  const { project, format } = req.params as Record<string, string>;
  const year = typeof req.query.jaar === 'string' && /^\d{4}$/.test(req.query.jaar) ? Number(req.query.jaar) : NaN;
  const datasets = typeof req.query.gegevens === 'string' ? req.query.gegevens.split(',').filter(Boolean) : [];
  const problem = !RESEARCH_FORMATS.includes(format as ResearchFormat)
    ? 'format'
    : Number.isNaN(year)
      ? 'jaar'
      : datasets.length === 0 || datasets.some((d) => !RESEARCH_DATASETS.includes(d as ResearchDataset))
        ? 'gegevens'
        : null;
  if (problem) {
    sendBadUserInput(res, problem, USAGE);
    return undefined;
  }
  return { selection: { projectId: project, year, datasets: datasets as ResearchDataset[] }, format: format as ResearchFormat };
}

/**
 * GET /export/onderzoek/<project>.<format>: the rows are built and the export audited first; then the
 * file streams to the client. X-Export-Rows carries the known total for the client's progress.
 */
export function researchExportRoute(dataSource: DataSource, services: Services, config: Config): RequestHandler {
  return async (req, res) => {
    const parsed = selectionOf(req, res);
    if (!parsed) return;
    let started = false;
    try {
      const request = await resolveRequest(req, res, { sessions: services.sessions, tokens: services.apiTokens, config });
      const ctx = createContext(dataSource, services, request, config.demo);
      const file = await services.researchExports.prepare(ctx, parsed.selection, parsed.format);
      res.set({
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'no-store',
        'X-Export-Rows': String(file.rows.length),
        'Access-Control-Expose-Headers': 'X-Export-Rows',
      });
      started = true;
      await writeResearchExport(parsed.format, file.rows, res, file.notes);
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === ErrorCode.INTERNAL_SERVER_ERROR) console.error('[export] onverwachte fout bij onderzoeksexport:', error);
      // once bytes are on their way the status cannot change: cut the connection so the file is visibly incomplete
      if (started) res.destroy();
      else sendError(res, code, code === ErrorCode.INTERNAL_SERVER_ERROR ? undefined : (error as Error).message);
    }
  };
}
