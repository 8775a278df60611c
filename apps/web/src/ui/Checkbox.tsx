import { forwardRef } from 'react';
import { Checkbox as UtrechtCheckbox, type CheckboxProps } from '@utrecht/checkbox-react';
import '@utrecht/checkbox-css/dist/index.css';

export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(props, ref) {
  return <UtrechtCheckbox ref={ref} appearance="html" {...props} />;
});
