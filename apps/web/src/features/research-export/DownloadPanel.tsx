import { useEffect, useRef, useState } from 'react';
import { nlResearchExport as t } from '../../i18n/nl.researchExport';
import { Alert, type AlertType } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Paragraph } from '../../ui/Paragraph';
import { downloadWithProgress, quarterReached, type DownloadProgress } from './download';

interface DownloadPanelProps {
  path: string;
  totalRows: number;
  maxRows: number;
  tooLarge: boolean;
}

/**
 * The download button, a progress bar towards the known row total (rows for CSV, bytes otherwise),
 * a cancel button while it runs, and the outcome. Screen readers hear the start, each quarter of the
 * rows and the outcome, not every chunk.
 */
export function DownloadPanel({ path, totalRows, maxRows, tooLarge }: DownloadPanelProps) {
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const running = useRef<AbortController | null>(null);
  const announcedQuarter = useRef(0);

  // leaving the page cancels a running download
  useEffect(() => () => running.current?.abort(), []);

  if (tooLarge) return <Alert type="error">{t.tooLarge(totalRows, maxRows)}</Alert>;

  const onProgress = (next: DownloadProgress) => {
    setProgress(next);
    const quarter = quarterReached(next);
    if (quarter !== null && quarter > announcedQuarter.current && quarter < 4) {
      announcedQuarter.current = quarter;
      setAnnouncement(t.milestone(quarter * 25));
    }
  };

  const start = async () => {
    const controller = new AbortController();
    running.current = controller;
    announcedQuarter.current = 0;
    setBusy(true);
    setOutcome(null);
    setProgress(null);
    setAnnouncement(t.started(totalRows));
    try {
      const filename = await downloadWithProgress(path, onProgress, controller.signal);
      setOutcome({ type: 'ok', text: t.done(filename) });
    } catch {
      setOutcome(controller.signal.aborted ? { type: 'info', text: t.cancelled } : { type: 'error', text: t.failed });
    } finally {
      running.current = null;
      setBusy(false);
      setAnnouncement('');
    }
  };

  return (
    <div className="monitor-research-export__download">
      <Button type="button" onClick={() => void start()} disabled={busy}>
        {t.download}
      </Button>
      {busy && (
        <Button type="button" appearance="secondary-action-button" onClick={() => running.current?.abort()}>
          {t.cancel}
        </Button>
      )}
      {progress && <DownloadProgressBar progress={progress} running={busy} />}
      <div aria-live="polite" className="monitor-visually-hidden">
        {announcement}
      </div>
      <div aria-live="polite">{outcome && <Alert type={outcome.type}>{outcome.text}</Alert>}</div>
    </div>
  );
}

function DownloadProgressBar({ progress, running }: { progress: DownloadProgress; running: boolean }) {
  const label =
    progress.rows !== null
      ? t.receivedRows(progress.rows, progress.totalRows)
      : t.receivedBytes(Math.round(progress.bytes / 1024), progress.totalRows);
  const determinate = progress.rows !== null;
  return (
    <>
      <progress
        aria-label={t.progress}
        aria-valuetext={label}
        max={determinate ? Math.max(progress.totalRows, 1) : undefined}
        value={determinate ? Math.min(progress.rows ?? 0, progress.totalRows) : running ? undefined : 1}
      />
      <Paragraph>{label}</Paragraph>
    </>
  );
}
