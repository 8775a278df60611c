import { ErrorCode, RESEARCH_DATASETS, RESEARCH_FORMATS, type ResearchDataset, type ResearchFormat } from '@monitor/domain';
import type { Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { resolveRequest } from '../../auth/request-caller';
import type { Config } from '../../config/env';
import { createContext, type Context, type Services } from '../../context';
import { errorCodeOf, sendError } from '../../http/http-errors';
import { sendBadUserInput } from '../../http/url-input';
import type { ResearchExportOutcome, ResearchExportStream, ResearchSelection } from './research-export.service';
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
 * GET /export/onderzoek/<project>.<format>: the rows are counted and the export audited first
 * (X-Export-Rows carries the total for the client's progress); then the rows are read from
 * PostgreSQL batch by batch while the file streams to the client. How it ended (completed,
 * cancelled by the client, failed) is recorded in the audit log as well.
 */
export function researchExportRoute(dataSource: DataSource, services: Services, config: Config): RequestHandler {
  return async (req, res) => {
    const parsed = selectionOf(req, res);
    if (!parsed) return;
    let opened: { ctx: Context; stream: ResearchExportStream } | undefined;
    try {
      const request = await resolveRequest(req, res, { sessions: services.sessions, tokens: services.apiTokens, config });
      const ctx = createContext(dataSource, services, request, config.demo);
      opened = { ctx, stream: await services.researchExports.open(ctx, parsed.selection, parsed.format) };
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === ErrorCode.INTERNAL_SERVER_ERROR) console.error('[export] onverwachte fout bij onderzoeksexport:', error);
      sendError(res, code, code === ErrorCode.INTERNAL_SERVER_ERROR ? undefined : (error as Error).message);
      return;
    }
    const outcome = await streamExport(opened.stream, res);
    await services.researchExports.finish(opened.ctx, opened.stream, outcome).catch((error: unknown) => {
      console.error('[export] afloop van onderzoeksexport niet vastgelegd:', error);
    });
  };
}

/** Sends the file; the outcome is ABORTED when the client went away before the last byte, FAILED on a server error. */
async function streamExport(stream: ResearchExportStream, res: Response): Promise<ResearchExportOutcome> {
  res.set({
    'Content-Type': stream.contentType,
    'Content-Disposition': `attachment; filename="${stream.filename}"`,
    'Cache-Control': 'no-store',
    'X-Export-Rows': String(stream.totalRows),
    'Access-Control-Expose-Headers': 'X-Export-Rows',
  });
  const clientGone = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) clientGone.abort();
  };
  res.on('close', onClose);
  try {
    await writeResearchExport(stream.format, stream, res, clientGone.signal);
    return 'COMPLETED';
  } catch (error) {
    if (clientGone.signal.aborted) return 'ABORTED';
    console.error('[export] onverwachte fout bij onderzoeksexport:', error);
    // once bytes are on their way the status cannot change: cut the connection so the file is visibly incomplete
    res.destroy();
    return 'FAILED';
  } finally {
    res.off('close', onClose);
  }
}
