import { forwardRef, type MouseEvent, type ReactNode } from 'react';
import { Alert } from './Alert';
import { Heading } from './Heading';
import { Link } from './Link';

export interface ErrorSummaryItem {
  /** id of the field the message belongs to */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  heading: string;
  /** A message that belongs to no single field, shown above the list. */
  general?: ReactNode;
  items: ErrorSummaryItem[];
  headingLevel?: 2 | 3;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView?.({ block: 'center' });
}

/**
 * The list of problems at the top of a form (GOV.UK / NL DS pattern). The form focuses it after a
 * failed submit; each item links to its field.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ heading, general, items, headingLevel = 2 }, ref) {
  return (
    <Alert type="error" ref={ref} tabIndex={-1} className="monitor-error-summary">
      <Heading level={headingLevel}>{heading}</Heading>
      {general && <p className="monitor-error-summary__general">{general}</p>}
      {items.length > 0 && (
        <ul className="monitor-error-summary__list">
          {items.map((item) => (
            <li key={item.fieldId}>
              <Link href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId)}>
                {item.message}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
});
