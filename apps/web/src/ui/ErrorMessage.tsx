import { nl } from '../i18n/nl';
import { ErrorState } from './ErrorState';

const reloadPage = () => window.location.reload();

/**
 * A failed load, with a retry: `onRetry` refetches what failed; without it the button reloads the
 * page. `onRetry={null}` for failures a retry cannot mend (not found, no access).
 */
export function ErrorMessage({ text = nl.errorLoading, onRetry }: { text?: string; onRetry?: (() => void) | null }) {
  return <ErrorState text={text} retryLabel={nl.retry} onRetry={onRetry === undefined ? reloadPage : onRetry} />;
}
