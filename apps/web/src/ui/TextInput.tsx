import { forwardRef } from 'react';
import { Textbox, type TextboxProps } from '@utrecht/textbox-react';
import '@utrecht/textbox-css/dist/index.css';

export const TextInput = forwardRef<HTMLInputElement, TextboxProps>(function TextInput(props, ref) {
  return <Textbox ref={ref} {...props} />;
});
