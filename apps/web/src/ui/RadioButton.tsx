import { forwardRef } from 'react';
import { RadioButton as UtrechtRadioButton, type RadioButtonProps } from '@utrecht/radio-button-react';
import '@utrecht/radio-button-css/dist/index.css';

export const RadioButton = forwardRef<HTMLInputElement, RadioButtonProps>(function RadioButton(props, ref) {
  return <UtrechtRadioButton ref={ref} {...props} />;
});
