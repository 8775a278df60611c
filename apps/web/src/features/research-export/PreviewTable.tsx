import { nlResearchExport as t } from '../../i18n/nl.researchExport';
import { Table, TableBody, TableHeader } from '../../ui/Table';

export function PreviewTable({ datasets, totalRows }: { datasets: { dataset: string; label: string; rows: number }[]; totalRows: number }) {
  return (
    <Table id="export-omvang" caption={t.previewCaption}>
      <TableHeader>
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">
            {t.dataset}
          </th>
          <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
            {t.rows}
          </th>
        </tr>
      </TableHeader>
      <TableBody>
        {datasets.map((d) => (
          <tr key={d.dataset} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              {d.label}
            </th>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{d.rows.toLocaleString('nl-NL')}</td>
          </tr>
        ))}
        <tr className="utrecht-table__row">
          <th scope="row" className="utrecht-table__header-cell">
            {t.total}
          </th>
          <td className="utrecht-table__cell utrecht-table__cell--numeric">{totalRows.toLocaleString('nl-NL')}</td>
        </tr>
      </TableBody>
    </Table>
  );
}
