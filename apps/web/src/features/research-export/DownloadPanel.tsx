import { useState } from 'react';
import { nlResearchExport as t } from '../../i18n/nl.researchExport';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Paragraph } from '../../ui/Paragraph';
import { downloadWithProgress, type DownloadProgress } from './download';

/** The download button, a progress bar towards the known row total, and the outcome (announced politely). */
export function DownloadPanel({ path }: { path: string }) {
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const filename = await downloadWithProgress(path, setProgress);
      setOutcome({ ok: true, text: t.done(filename) });
    } catch {
      setOutcome({ ok: false, text: t.failed });
    } finally {
      setBusy(false);
    }
  };
  const label = progress
    ? progress.rows !== null
      ? t.receivedRows(progress.rows, progress.totalRows)
      : t.receivedBytes(Math.round(progress.bytes / 1024), progress.totalRows)
    : null;

  return (
    <div className="monitor-research-export__download">
      <Button type="button" onClick={() => void start()} disabled={busy}>
        {t.download}
      </Button>
      {progress && (
        <>
          <progress
            aria-label={t.progress}
            max={progress.rows !== null ? Math.max(progress.totalRows, 1) : undefined}
            value={progress.rows !== null ? progress.rows : busy ? undefined : 1}
          />
          <Paragraph>{label}</Paragraph>
        </>
      )}
      <div aria-live="polite">{outcome && <Alert type={outcome.ok ? 'ok' : 'error'}>{outcome.text}</Alert>}</div>
    </div>
  );
}
