import { nl } from '../../i18n/nl';
import { Button } from '../../ui/Button';
import type { SaveState } from './useAutosave';

/** The autosave state in a polite live region: "Opslaan…", "Opgeslagen om 14:32" or "Niet opgeslagen: …". */
export function SaveStatus({
  state,
  fieldErrorCount,
  canRetry,
  onRetry,
}: {
  state: SaveState;
  fieldErrorCount: number;
  canRetry: boolean;
  onRetry: () => void;
}) {
  const t = nl.questionnaire;
  let text = '';
  if (state.kind === 'saving') text = t.saving;
  else if (state.kind === 'error') text = t.notSaved(state.message);
  else if (fieldErrorCount > 0) text = t.notSaved(t.notSavedFields(fieldErrorCount));
  else if (state.kind === 'saved') text = t.saved(nl.timeShort(state.at));
  const failed = state.kind === 'error' || (state.kind !== 'saving' && fieldErrorCount > 0);
  return (
    <div className="monitor-save-status">
      <p
        role="status"
        aria-live="polite"
        className={failed ? 'monitor-save-status__text monitor-save-status__text--error' : 'monitor-save-status__text'}
      >
        {text}
      </p>
      {state.kind === 'error' && canRetry && (
        <Button className="monitor-no-print" onClick={onRetry}>
          {t.retry}
        </Button>
      )}
    </div>
  );
}
