import type { ReactNode } from 'react';
import { PageFooter as UtrechtPageFooter } from '@utrecht/page-footer-react';
import '@utrecht/page-footer-css/dist/index.css';

export function PageFooter({ children, className }: { children: ReactNode; className?: string }) {
  return <UtrechtPageFooter className={className}>{children}</UtrechtPageFooter>;
}
