import type { ReactNode } from 'react';
import { Fieldset as UtrechtFieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import { describedBy } from './FormField';
import { FormFieldError } from './FormFieldError';

interface FieldsetProps {
  legend: ReactNode;
  description?: ReactNode;
  descriptionId?: string;
  error?: string | null;
  errorId?: string;
  role?: 'radiogroup' | 'group';
  required?: boolean;
  children: ReactNode;
}

/** A group of radio buttons or checkboxes with a legend, description and error message. */
export function Fieldset({ legend, description, descriptionId, error, errorId, role, required, children }: FieldsetProps) {
  return (
    <UtrechtFieldset
      invalid={Boolean(error)}
      role={role}
      required={required}
      aria-describedby={describedBy(description && descriptionId, error && errorId)}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && (
        <div className="utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      )}
      {error && <FormFieldError id={errorId}>{error}</FormFieldError>}
      {children}
    </UtrechtFieldset>
  );
}
