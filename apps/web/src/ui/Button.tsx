import { Button as UtrechtButton, type ButtonProps } from '@utrecht/button-react';
import '@utrecht/button-css/dist/index.css';

export function Button({ type = 'button', appearance = 'secondary-action-button', ...rest }: ButtonProps) {
  return <UtrechtButton type={type} appearance={appearance} {...rest} />;
}
