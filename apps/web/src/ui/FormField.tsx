import type { ReactNode } from 'react';
import { FormField as UtrechtFormField } from '@utrecht/form-field-react';
import { FormLabel } from '@utrecht/form-label-react';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import { FormFieldError } from './FormFieldError';

interface FormFieldProps {
  /** id of the input the label belongs to */
  inputId: string;
  label: string;
  description?: ReactNode;
  descriptionId?: string;
  /** An error message for this field; give the input aria-describedby={errorId} and invalid. */
  error?: string | null;
  errorId?: string;
  /** Checkbox fields put the label after the input. */
  type?: 'text' | 'checkbox' | 'radio';
  children: ReactNode;
}

export function FormField({ inputId, label, description, descriptionId, error, errorId, type = 'text', children }: FormFieldProps) {
  return (
    <UtrechtFormField
      type={type}
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={inputId} type={type === 'text' ? undefined : type}>
          {label}
        </FormLabel>
      }
      description={
        description ? (
          <div className="utrecht-form-field-description" id={descriptionId}>
            {description}
          </div>
        ) : undefined
      }
      errorMessage={error ? <FormFieldError id={errorId}>{error}</FormFieldError> : undefined}
      input={children}
    />
  );
}

/** Joins the ids of a field's description and error for aria-describedby. */
export function describedBy(...ids: unknown[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}
