import { forwardRef, type SelectHTMLAttributes } from 'react';
import '@utrecht/select-css/dist/index.css';

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  invalid?: boolean;
}

/** A native <select> with the NL DS (Utrecht) select styling. */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select({ invalid, className, required, ...rest }, ref) {
  const classes = ['utrecht-select', 'utrecht-select--html-select', invalid && 'utrecht-select--invalid', className];
  return (
    <select
      ref={ref}
      className={classes.filter(Boolean).join(' ')}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      {...rest}
    />
  );
});
