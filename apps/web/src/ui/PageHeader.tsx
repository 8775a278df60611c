import type { ReactNode } from 'react';
import { PageHeader as UtrechtPageHeader } from '@utrecht/page-header-react';
import '@utrecht/page-header-css/dist/index.css';

export function PageHeader({ children, className }: { children: ReactNode; className?: string }) {
  return <UtrechtPageHeader className={className}>{children}</UtrechtPageHeader>;
}
