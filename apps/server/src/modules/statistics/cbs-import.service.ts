import { createHash } from 'node:crypto';
import {
  CBS_TABLES,
  LANDSDELEN,
  levelOfCode,
  NATION_CODE,
  parseCbsCsv,
  parseCbsODataBundle,
  type CbsImportProblem,
  type CbsObservation,
  type CbsParseResult,
  type RegionLookup,
} from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { ANONYMOUS, type Caller } from '@monitor/domain';
import type { AuditService } from '../audit/audit.service';
import { areaTitles } from '../region/region.repository';
import { StatisticsRepository } from './statistics.repository';

export interface ImportProgress {
  phase: 'lezen' | 'controleren' | 'importeren' | 'beschermen' | 'klaar';
  done: number;
  total: number;
}

export interface ImportReport {
  ok: boolean;
  fileName: string;
  tableId: string | null;
  format: 'csv' | 'odata' | null;
  observations: number;
  inserted: number;
  updated: number;
  unchanged: number;
  alreadyImported: boolean;
  problems: CbsImportProblem[];
  /** raw values of the first rows, for the administrator reviewing the import (never published) */
  preview: Pick<CbsObservation, 'measure' | 'category' | 'regionCode' | 'period' | 'value' | 'status' | 'provisional'>[];
}

const CHUNK = 500;

function emptyReport(file: { fileName: string; tableId?: string }): ImportReport {
  return {
    ok: false,
    fileName: file.fileName,
    tableId: file.tableId ?? null,
    format: null,
    observations: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    alreadyImported: false,
    problems: [],
    preview: [],
  };
}

/** A CSV file names no table itself: the administrator must choose a supported one. */
function tableProblem(isJson: boolean, tableId: string | undefined): CbsImportProblem | undefined {
  if (isJson) return undefined;
  if (!tableId) {
    return { line: 0, column: '', reason: `geef bij een CSV-bestand de CBS-tabel op; ondersteund: ${Object.keys(CBS_TABLES).join(', ')}` };
  }
  if (!CBS_TABLES[tableId]) {
    return { line: 0, column: '', reason: `tabel ${tableId} wordt niet ondersteund; ondersteund: ${Object.keys(CBS_TABLES).join(', ')}` };
  }
  return undefined;
}

function previewOf(observations: CbsObservation[]): ImportReport['preview'] {
  return observations.slice(0, 20).map(({ measure, category, regionCode, period, value, status, provisional }) => ({
    measure,
    category,
    regionCode,
    period,
    value,
    status,
    provisional,
  }));
}

/**
 * Imports a CBS StatLine file (CSV with statistical symbols, or an OData TypedDataSet bundle) all
 * or nothing: every problem is reported (line, column, reason) and then nothing changes. Importing
 * the same file again changes nothing.
 */
export class CbsImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly onImported: () => Promise<void> = () => Promise.resolve(),
    /** whole-table disclosure control and its audit, inside the import's transaction (all or nothing) */
    private readonly protect: (manager: EntityManager) => Promise<unknown> = () => Promise.resolve(),
  ) {}

  /** POST /import/cbs: an administrator uploads a CBS file. */
  async import(
    file: { bytes: Uint8Array; fileName: string; tableId?: string },
    actor: { caller: Caller; clientAddress?: string | null },
    onProgress: (progress: ImportProgress) => void = () => undefined,
  ): Promise<ImportReport> {
    requireAccess(actor, 'statistics.import');
    return this.run(file, actor, onProgress);
  }

  /** pnpm import:cbs: the operator on the server itself (no caller; audited as the system). */
  async importFromCommandLine(
    file: { bytes: Uint8Array; fileName: string; tableId?: string },
    onProgress: (progress: ImportProgress) => void = () => undefined,
  ): Promise<ImportReport> {
    return this.run(file, { caller: ANONYMOUS }, onProgress);
  }

  private async run(
    file: { bytes: Uint8Array; fileName: string; tableId?: string },
    actor: { caller: Caller; clientAddress?: string | null },
    onProgress: (progress: ImportProgress) => void,
  ): Promise<ImportReport> {
    onProgress({ phase: 'lezen', done: 0, total: file.bytes.length });
    const report = emptyReport(file);
    const parsed = await this.parse(file, report, onProgress);
    if (!parsed) return report;

    const checksum = createHash('sha256').update(file.bytes).digest('hex');
    if (await new StatisticsRepository(this.dataSource.manager).sourceWithChecksumExists(checksum)) {
      Object.assign(report, { ok: true, alreadyImported: true, unchanged: parsed.observations.length });
      onProgress({ phase: 'klaar', done: parsed.observations.length, total: parsed.observations.length });
      return report;
    }

    const table = CBS_TABLES[parsed.tableId];
    await this.dataSource.transaction(async (manager) => {
      const repository = new StatisticsRepository(manager);
      const sourceId = await repository.insertSource({
        tableId: parsed.tableId,
        title: table?.title ?? parsed.tableId,
        format: parsed.format,
        fileName: file.fileName,
        checksum,
        url: `https://www.cbs.nl/nl-nl/cijfers/detail/${parsed.tableId}`,
        rowCount: parsed.observations.length,
        importedBy: actor.caller.kind === 'anonymous' ? null : actor.caller.userId,
      });
      for (let i = 0; i < parsed.observations.length; i += CHUNK) {
        const chunk = parsed.observations.slice(i, i + CHUNK);
        const rows = await repository.upsertValues(parsed.tableId, sourceId, chunk);
        report.inserted += rows.filter((r) => r.inserted).length;
        report.updated += rows.filter((r) => r.changed).length;
        report.unchanged += rows.filter((r) => !r.inserted && !r.changed).length;
        onProgress({ phase: 'importeren', done: Math.min(i + CHUNK, parsed.observations.length), total: parsed.observations.length });
      }
      await this.recordImport(manager, sourceId, parsed, file.fileName, actor, report);
      onProgress({ phase: 'beschermen', done: parsed.observations.length, total: parsed.observations.length });
      await this.protect(manager);
    });
    report.ok = true;
    await this.onImported();
    onProgress({ phase: 'klaar', done: parsed.observations.length, total: parsed.observations.length });
    return report;
  }

  /** Reads and checks the file; undefined (with the problems in the report) when it cannot be imported. */
  private async parse(
    file: { bytes: Uint8Array; tableId?: string },
    report: ImportReport,
    onProgress: (progress: ImportProgress) => void,
  ): Promise<CbsParseResult | undefined> {
    const isJson = firstNonBlank(file.bytes) === '{'.charCodeAt(0);
    const problem = tableProblem(isJson, file.tableId);
    if (problem) {
      report.problems.push(problem);
      return undefined;
    }
    onProgress({ phase: 'controleren', done: 0, total: file.bytes.length });
    const regions = await this.regionLookup();
    const parsed = isJson
      ? parseCbsODataBundle(file.bytes, regions)
      : parseCbsCsv(file.bytes, file.tableId!, regions, { latestYear: new Date().getFullYear() });
    Object.assign(report, {
      tableId: parsed.tableId || report.tableId,
      format: parsed.format,
      observations: parsed.observations.length,
      problems: parsed.problems,
    });
    report.preview = previewOf(parsed.observations);
    if (parsed.problems.length > 0) return undefined;
    if (parsed.observations.length === 0) {
      report.problems.push({ line: 0, column: '', reason: 'het bestand bevat geen cijfers' });
      return undefined;
    }
    return parsed;
  }

  private async recordImport(
    manager: EntityManager,
    sourceId: number,
    parsed: CbsParseResult,
    fileName: string,
    actor: { caller: Caller; clientAddress?: string | null },
    report: ImportReport,
  ): Promise<void> {
    await this.audit.record(
      {
        type: 'IMPORT',
        actor: actor.caller.kind === 'anonymous' ? { label: 'systeem (CLI)' } : actor.caller,
        subjectType: 'StatisticSource',
        subjectId: String(sourceId),
        subjectLabel: `${parsed.tableId} ${fileName}`,
        clientAddress: actor.clientAddress ?? null,
        details: { format: parsed.format, observations: parsed.observations.length, inserted: report.inserted, updated: report.updated },
      },
      manager,
    );
  }

  /** StatLine region titles and codes, from the loaded geography. */
  async regionLookup(): Promise<RegionLookup> {
    const rows = await areaTitles(this.dataSource.manager);
    const byTitle = new Map<string, string>([['Nederland', NATION_CODE]]);
    for (const [code, { name }] of Object.entries(LANDSDELEN)) byTitle.set(`${name} (LD)`, code);
    const municipalityNames = new Map<string, number>();
    for (const row of rows) if (row.kind === 'MUNICIPALITY') municipalityNames.set(row.name, (municipalityNames.get(row.name) ?? 0) + 1);
    for (const row of rows) {
      if (row.kind === 'PROVINCE') byTitle.set(`${row.name} (PV)`, row.code);
      if (row.kind === 'VEILIG_THUIS_REGION') byTitle.set(`${row.name} (VT)`, row.code);
      if (row.kind === 'MUNICIPALITY') {
        byTitle.set(`${row.name} (gemeente)`, row.code);
        byTitle.set(row.name, row.code);
      }
    }
    const codes = new Set([NATION_CODE, ...Object.keys(LANDSDELEN), ...rows.map((r) => r.code)]);
    return {
      codeForTitle: (title) => byTitle.get(title.trim()),
      isKnownCode: (code) => codes.has(code) && levelOfCode(code) !== undefined,
    };
  }
}

function firstNonBlank(bytes: Uint8Array): number | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i])) i++;
  return bytes[i];
}
