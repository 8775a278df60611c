import { forwardRef, type ReactNode } from 'react';
import '@utrecht/alert-css/dist/index.css';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

interface AlertProps {
  type?: AlertType;
  /** role="alert" or "status" to announce the message when it appears; none for static notices. */
  role?: 'alert' | 'status';
  className?: string;
  tabIndex?: number;
  id?: string;
  children: ReactNode;
}

/** A notice (NL DS / Utrecht alert). Colour is never the only carrier: the text says what it is. */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert({ type = 'info', role, className, tabIndex, id, children }, ref) {
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={tabIndex}
      className={['utrecht-alert', `utrecht-alert--${type}`, 'monitor-alert', className].filter(Boolean).join(' ')}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role={role}>
          {children}
        </div>
      </div>
    </div>
  );
});
