import { useMemo, useState } from 'react';
import { nl } from '../../i18n/nl';
import { RouterLink } from '../../ui/Link';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { HOUSEHOLDS_LAYER, type MapLayerInfo, type MapRow } from './useMapFigures';

type SortKey = 'name' | 'value';
type SortDirection = 'ascending' | 'descending';

function compareRows(key: SortKey, direction: SortDirection) {
  const sign = direction === 'ascending' ? 1 : -1;
  return (a: MapRow, b: MapRow) => {
    if (key === 'value') {
      // Missing values always last, whatever the direction.
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.name.localeCompare(b.name, 'nl');
        return a.value === null ? 1 : -1;
      }
      if (a.value !== b.value) return sign * (a.value - b.value);
    }
    return sign * a.name.localeCompare(b.name, 'nl');
  };
}

/** The data-table alternative to the map: every municipality with its value, sortable. */
export function MapTable({ rows, layer, year }: { rows: MapRow[]; layer: MapLayerInfo; year: number | null }) {
  const households = layer.key === HOUSEHOLDS_LAYER;
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'ascending',
  });
  const sorted = useMemo(() => [...rows].sort(compareRows(sort.key, sort.direction)), [rows, sort]);

  const toggle = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const header = (key: SortKey, label: string, numeric = false) => (
    <TableHeaderCell numeric={numeric} aria-sort={sort.key === key ? sort.direction : undefined}>
      <button type="button" className="monitor-sort-button" onClick={() => toggle(key)}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </TableHeaderCell>
  );

  return (
    <Table
      id={households ? 'tabel-huishoudens-met-kinderen' : 'tabel-kaartcijfers'}
      caption={households ? nl.home.tableCaption(year) : nl.home.layerCaption(layer.label, layer.unit, layer.period)}
    >
      <TableHeader>
        <TableRow>
          {header('name', nl.home.columnMunicipality)}
          {header('value', households ? nl.home.columnShare : `${layer.label} (${layer.unit})`, true)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((row) => (
          <TableRow key={row.code}>
            <TableHeaderCell scope="row">
              <RouterLink to={`/gemeente/${row.code}`}>{row.name}</RouterLink>
            </TableHeaderCell>
            <TableCell numeric>{row.shown}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
