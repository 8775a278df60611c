import type { ReactNode } from 'react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import '@utrecht/form-field-error-message-css/dist/index.css';

/** The error message of one field; its id goes into the field's aria-describedby. */
export function FormFieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <FormFieldErrorMessage id={id}>
      <span className="monitor-visually-hidden">Fout: </span>
      {children}
    </FormFieldErrorMessage>
  );
}
