import type { ReactNode } from 'react';
import { FormField as UtrechtFormField } from '@utrecht/form-field-react';
import { FormLabel } from '@utrecht/form-label-react';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';

interface FormFieldProps {
  /** id of the input the label belongs to */
  inputId: string;
  label: string;
  description?: string;
  descriptionId?: string;
  children: ReactNode;
}

export function FormField({ inputId, label, description, descriptionId, children }: FormFieldProps) {
  return (
    <UtrechtFormField
      type="text"
      label={<FormLabel htmlFor={inputId}>{label}</FormLabel>}
      description={description ? <span id={descriptionId}>{description}</span> : undefined}
    >
      {children}
    </UtrechtFormField>
  );
}
