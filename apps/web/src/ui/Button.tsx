import type { Ref } from 'react';
import { Button as UtrechtButton, type ButtonProps } from '@utrecht/button-react';
import '@utrecht/button-css/dist/index.css';

export function Button({ type = 'button', appearance = 'secondary-action-button', ...rest }: ButtonProps & { ref?: Ref<HTMLButtonElement> }) {
  return <UtrechtButton type={type} appearance={appearance} {...rest} />;
}
