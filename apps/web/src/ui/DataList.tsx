import type { ReactNode } from 'react';
import '@utrecht/data-list-css/dist/index.css';

export interface DataListItem {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

/** Key-value pairs as a <dl>, styled with the NL DS (Utrecht) data list. */
export function DataList({ items }: { items: DataListItem[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {items.map((item) => (
        <div className="utrecht-data-list__item" key={item.key}>
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
