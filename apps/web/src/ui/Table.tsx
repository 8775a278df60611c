import type { ReactNode, ThHTMLAttributes, TdHTMLAttributes } from 'react';
import '@utrecht/table-css/dist/index.css';
import { ScrollBox } from './ScrollBox';

/** A real <table> with a <caption>, styled with the NL DS (Utrecht) table classes. */
export function Table({ caption, children, id }: { caption: ReactNode; children: ReactNode; id: string }) {
  return (
    <ScrollBox labelledBy={`${id}-caption`}>
      <table className="utrecht-table utrecht-table--html-table" id={id}>
        <caption className="utrecht-table__caption" id={`${id}-caption`}>
          {caption}
        </caption>
        {children}
      </table>
    </ScrollBox>
  );
}

export function TableHeader({ children }: { children: ReactNode }) {
  return <thead className="utrecht-table__header">{children}</thead>;
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function TableRow({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

type HeaderCellProps = ThHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean };

export function TableHeaderCell({ numeric, className, scope = 'col', ...rest }: HeaderCellProps) {
  const classes = ['utrecht-table__header-cell', numeric && 'utrecht-table__header-cell--numeric-column', className];
  return <th scope={scope} className={classes.filter(Boolean).join(' ')} {...rest} />;
}

type CellProps = TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean };

export function TableCell({ numeric, className, ...rest }: CellProps) {
  const classes = ['utrecht-table__cell', numeric && 'utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data', className];
  return <td className={classes.filter(Boolean).join(' ')} {...rest} />;
}
