import type { IndicatorDashboard_IndicatorFragment } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { bandText, changeText, formatValue } from './bands';

/** The figures of the chart as a table: value, band in words, change and the answers behind it. */
export function IndicatorTable({ indicators, caption }: { indicators: IndicatorDashboard_IndicatorFragment[]; caption: string }) {
  const t = nl.indicators;
  return (
    <Table id="indicatoren-tabel" caption={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnIndicator}</TableHeaderCell>
          <TableHeaderCell>{t.columnTheme}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnValue}</TableHeaderCell>
          <TableHeaderCell>{t.columnBand}</TableHeaderCell>
          <TableHeaderCell>{t.columnChange}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnKnown}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnUnknown}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnMissing}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {indicators.map((indicator) => (
          <TableRow key={indicator.key}>
            <TableHeaderCell scope="row">{indicator.label}</TableHeaderCell>
            <TableCell>{indicator.theme}</TableCell>
            <TableCell numeric>{formatValue(indicator.value)}</TableCell>
            <TableCell>{bandText(indicator.band, indicator.bandLabel)}</TableCell>
            <TableCell>{changeText(indicator.change, indicator.previousYear)}</TableCell>
            <TableCell numeric>{indicator.known ?? '—'}</TableCell>
            <TableCell numeric>{indicator.unknown ?? '—'}</TableCell>
            <TableCell numeric>{indicator.missing ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
