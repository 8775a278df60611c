import { nl } from '../i18n/nl';

export function LoadingStatus({ text = nl.loading }: { text?: string }) {
  return (
    <p role="status" className="monitor-status">
      {text}
    </p>
  );
}
