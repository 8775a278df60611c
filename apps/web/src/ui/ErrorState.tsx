import { Button } from './Button';

/**
 * An error state that says what failed and offers to try again. The message alone is the alert
 * (announced once); the button sits next to it, so the announcement is not "… Opnieuw proberen".
 */
export function ErrorState({ text, retryLabel, onRetry }: { text: string; retryLabel: string; onRetry: (() => void) | null }) {
  return (
    <div className="monitor-error-state">
      <p role="alert" className="monitor-error">
        {text}
      </p>
      {onRetry && <Button onClick={onRetry}>{retryLabel}</Button>}
    </div>
  );
}
