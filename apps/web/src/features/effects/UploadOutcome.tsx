import { nlEffects } from '../../i18n/nl.effects';
import { Alert } from '../../ui/Alert';
import { Paragraph } from '../../ui/Paragraph';
import type { UploadProblem } from './uploadErrors';

const t = nlEffects.upload;

export type Outcome = { kind: 'stored'; scores: number; trajectories: number } | { kind: 'refused'; message: string; problems: UploadProblem[] };

/** What happened to an upload: stored (announced politely), or refused with every problem by line. */
export function UploadOutcome({ outcome }: { outcome: Outcome | null }) {
  return (
    <div aria-live="polite">
      {outcome?.kind === 'stored' && (
        <Alert type="ok" role="status">
          <Paragraph>{t.stored(outcome.scores, outcome.trajectories)}</Paragraph>
        </Alert>
      )}
      {outcome?.kind === 'refused' && (
        <Alert type="error" role="alert">
          <Paragraph>
            <strong>{t.refused}.</strong> {outcome.problems.length === 0 && outcome.message}
          </Paragraph>
          {outcome.problems.length > 0 && (
            <ul className="monitor-effects__problems">
              {outcome.problems.map((p) => (
                <li key={`${p.line}-${p.column}-${p.message}`}>{t.problem(p.line, p.column, p.message)}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </div>
  );
}
