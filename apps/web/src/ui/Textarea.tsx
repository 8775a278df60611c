import { forwardRef, type TextareaHTMLAttributes } from 'react';
import '@utrecht/textarea-css/dist/index.css';

export interface TextareaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  invalid?: boolean;
}

/** Multi-line text input with the NL DS (Utrecht) textarea styling. */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea({ invalid, className, required, ...rest }, ref) {
  const classes = ['utrecht-textarea', 'utrecht-textarea--html-textarea', invalid && 'utrecht-textarea--invalid', className];
  return (
    <textarea
      ref={ref}
      className={classes.filter(Boolean).join(' ')}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      {...rest}
    />
  );
});
