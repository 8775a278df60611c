import type { ReactNode } from 'react';
import { PageBody as UtrechtPageBody } from '@utrecht/page-body-react';
import '@utrecht/page-body-css/dist/index.css';

export function PageBody({ children }: { children: ReactNode }) {
  return <UtrechtPageBody>{children}</UtrechtPageBody>;
}
