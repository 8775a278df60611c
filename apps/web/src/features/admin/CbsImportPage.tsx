import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { CBS_TABLES } from '@monitor/domain';
import { vt } from '../../i18n/nl.veiligThuis';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { useFormErrors, type FormFieldState } from '../../ui/forms/useFormErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import './cbsImport.css';
import { UPLOAD_FAILURE, uploadCbsFile, type ImportPhase, type ImportProgress, type ImportReport, type ImportResult } from './uploadCbsFile';

const PHASES: ImportPhase[] = ['uploaden', 'lezen', 'controleren', 'importeren', 'beschermen', 'klaar'];
const FIELDS = { file: 'cbs-bestand', table: 'cbs-tabel' } as const;

const isJson = (file: File) => /\.json$/i.test(file.name) || file.type === 'application/json';

function CbsTableField({
  tableId,
  setTableId,
  field: tableField,
  descriptionId,
  busy,
}: {
  tableId: string;
  setTableId: (tableId: string) => void;
  field: FormFieldState;
  descriptionId: string;
  busy: boolean;
}) {
  const t = vt.import;
  return (
    <FormField
      inputId={tableField.id}
      label={t.tableLabel}
      description={t.tableDescription}
      descriptionId={descriptionId}
      error={tableField.error}
      errorId={tableField.errorId}
    >
      <Select
        id={tableField.id}
        value={tableId}
        invalid={tableField.invalid}
        aria-describedby={describedBy(descriptionId, tableField.error && tableField.errorId)}
        onChange={(event) => setTableId(event.target.value)}
        disabled={busy}
      >
        <option value="">{t.tableFromFile}</option>
        {Object.values(CBS_TABLES).map((table) => (
          <option key={table.tableId} value={table.tableId}>
            {table.tableId} – {table.title}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

function CbsFileField({
  fileRef,
  field: fileField,
  descriptionId,
  busy,
}: {
  fileRef: RefObject<HTMLInputElement | null>;
  field: FormFieldState;
  descriptionId: string;
  busy: boolean;
}) {
  const t = vt.import;
  return (
    <FormField
      inputId={fileField.id}
      label={t.fileLabel}
      description={t.fileDescription}
      descriptionId={descriptionId}
      error={fileField.error}
      errorId={fileField.errorId}
    >
      <input
        ref={fileRef}
        id={fileField.id}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        required
        aria-invalid={fileField.invalid || undefined}
        aria-describedby={describedBy(descriptionId, fileField.error && fileField.errorId)}
        disabled={busy}
      />
    </FormField>
  );
}

export default function CbsImportPage() {
  const t = vt.import;
  useDocumentTitle(t.title);
  const client = useApolloClient();
  const fileRef = useRef<HTMLInputElement>(null);
  const [tableId, setTableId] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const abortRef = useRef<(() => void) | null>(null);
  const form = useFormErrors(FIELDS);
  const descriptionIds = { file: useId(), table: useId() };

  useEffect(() => () => abortRef.current?.(), []);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0] ?? null;
    const failed = form.report({
      file: file ? undefined : t.errorFile,
      table: file && !isJson(file) && !tableId ? t.errorTable : undefined,
    });
    if (failed || !file) return;
    setBusy(true);
    setResult(null);
    setProgress({ phase: 'uploaden', done: 0, total: file.size });
    const upload = uploadCbsFile({ file, tableId: tableId || null }, setProgress);
    abortRef.current = upload.abort;
    const outcome = await upload.result;
    abortRef.current = null;
    if (outcome.kind === 'report' && outcome.report.ok && !outcome.report.alreadyImported) {
      // New figures: whatever the app holds of the old ones is stale.
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'statistics' });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'statisticMeasures' });
      client.cache.gc();
    }
    // A rejected or failed import ends where it stopped: its last phase ("Controleren…") is no longer true.
    if (outcome.kind !== 'report' || !outcome.report.ok) setProgress(null);
    setBusy(false);
    setResult(outcome);
  };

  const fileField = form.field('file');
  const tableField = form.field('table');

  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      {form.hasErrors && <ErrorSummary ref={form.summaryRef} heading={t.errorSummary} items={form.items} general={form.general} />}
      <form className="monitor-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy || undefined}>
        <CbsFileField fileRef={fileRef} field={fileField} descriptionId={descriptionIds.file} busy={busy} />
        <CbsTableField tableId={tableId} setTableId={setTableId} field={tableField} descriptionId={descriptionIds.table} busy={busy} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {busy ? t.busy : t.submit}
        </Button>
      </form>

      {progress && <ImportProgressBar progress={progress} />}

      {result && (
        <div ref={resultRef} tabIndex={-1} className="monitor-import-result">
          {result.kind === 'report' ? <ImportReportView report={result.report} /> : <ImportError result={result} />}
        </div>
      )}
    </>
  );
}

/** A real <progress> with the phase and figures as text; phase changes are announced. */
export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const t = vt.import;
  const phase = t.phases[progress.phase] ?? progress.phase;
  const step = PHASES.indexOf(progress.phase) + 1;
  // While reading and checking, the server reports no counts yet: an indeterminate bar.
  const unit = progress.phase === 'uploaden' ? 'percent' : progress.phase === 'importeren' || progress.phase === 'klaar' ? 'rows' : 'none';
  const text = t.progressText(phase, progress.done, progress.total, unit);
  const determinate = unit !== 'none' && progress.total > 0;
  return (
    <div className="monitor-import-progress">
      <label htmlFor="import-voortgang" className="monitor-import-progress__label">
        {t.progressLabel}
      </label>
      <progress
        id="import-voortgang"
        className="monitor-import-progress__bar"
        max={determinate ? progress.total : undefined}
        value={determinate ? Math.min(progress.done, progress.total) : undefined}
        aria-valuetext={text}
      >
        {text}
      </progress>
      <p className="monitor-import-progress__text">{progress.phase === 'klaar' ? phase : `${step}/${PHASES.length - 1} · ${text}`}</p>
      {/* Only the phase is announced, not every percent. */}
      <p role="status" className="monitor-visually-hidden">
        {phase}
      </p>
    </div>
  );
}

function ImportError({ result }: { result: Extract<ImportResult, { kind: 'error' }> }) {
  const t = vt.import;
  const message =
    result.message ?? (result.code === UPLOAD_FAILURE.NETWORK || result.code === UPLOAD_FAILURE.ABORTED ? t.networkError : t.serverError);
  return (
    <Alert type="error">
      <Heading level={2}>{t.problemsHeading}</Heading>
      <Paragraph>{message}</Paragraph>
      <Paragraph>{t.nothingChanged}</Paragraph>
    </Alert>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const t = vt.import;
  if (report.ok) {
    return (
      <>
        <Alert type="ok">
          <Heading level={2}>{t.successHeading}</Heading>
          <Paragraph>{t.successSummary(report.fileName, report.tableId, report.observations)}</Paragraph>
          <Paragraph>{report.alreadyImported ? t.alreadyImported : t.counts(report.inserted, report.updated, report.unchanged)}</Paragraph>
        </Alert>
        {report.preview.length > 0 && (
          <details className="monitor-import-preview">
            <summary>{t.previewHeading}</summary>
            <Table id="import-voorbeeld" caption={t.previewCaption}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.columnMeasure}</TableHeaderCell>
                  <TableHeaderCell>{t.columnCategory}</TableHeaderCell>
                  <TableHeaderCell>{t.columnRegion}</TableHeaderCell>
                  <TableHeaderCell>{t.columnPeriod}</TableHeaderCell>
                  <TableHeaderCell numeric>{t.columnValue}</TableHeaderCell>
                  <TableHeaderCell>{t.columnStatus}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.preview.map((row, i) => (
                  <TableRow key={i}>
                    <TableCell>{row.measure}</TableCell>
                    <TableCell>{row.category}</TableCell>
                    <TableCell>{row.regionCode}</TableCell>
                    <TableCell>{`${row.period}${row.provisional ? '*' : ''}`}</TableCell>
                    <TableCell numeric>{row.value === null ? '' : String(row.value)}</TableCell>
                    <TableCell>{row.status}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </details>
        )}
      </>
    );
  }
  return (
    <>
      <Alert type="error">
        <Heading level={2}>{t.problemsHeading}</Heading>
        <Paragraph>
          {t.problemsCount(report.problems.length)} <strong>{t.nothingChanged}</strong>
        </Paragraph>
      </Alert>
      <Table id="import-problemen" caption={t.problemsCaption(report.fileName)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell numeric>{t.columnLine}</TableHeaderCell>
            <TableHeaderCell>{t.columnColumn}</TableHeaderCell>
            <TableHeaderCell>{t.columnReason}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.problems.map((problem, i) => (
            <TableRow key={i}>
              <TableCell numeric>{problem.line === 0 ? t.wholeFile : problem.line}</TableCell>
              <TableCell>{problem.column || t.wholeRow}</TableCell>
              <TableCell>{problem.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
