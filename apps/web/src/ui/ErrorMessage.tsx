import { nl } from '../i18n/nl';

export function ErrorMessage({ text = nl.errorLoading }: { text?: string }) {
  return (
    <p role="alert" className="monitor-error">
      {text}
    </p>
  );
}
