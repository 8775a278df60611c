import { nl } from '../../i18n/nl';
import { vt } from '../../i18n/nl.veiligThuis';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { csvNumber, formatFigure } from '../../app/figures/figures';
import type { CsvContent } from '../../app/figures/ChartSection';
import type { District } from './districtFigures';

/** The children are derived from the population; shown only where the population is. */
const childrenStatus = (d: District) =>
  d.children === null ? (d.populationStatus === 'PUBLISHED' ? 'SUPPRESSED' : d.populationStatus) : 'PUBLISHED';

export function estimateCell(d: District): string {
  const e = d.estimate;
  if (!e) return nl.noData;
  if (e.status !== 'PUBLISHED' || e.low === null || e.high === null) return formatFigure(null, e.status === 'PUBLISHED' ? 'SUPPRESSED' : e.status);
  return vt.districts.estimateRange(e.low, e.high);
}

export function districtCsv(code: string, districts: readonly District[]): CsvContent {
  const t = vt.districts;
  return {
    fileName: t.fileName(code),
    header: ['Wijkcode', t.columnDistrict, 'Jaar', t.columnPopulation, t.columnChildren, 'Schatting ondergrens', 'Schatting bovengrens'],
    rows: districts.map((d) => {
      const e = d.estimate;
      const estimateStatus = e ? e.status : 'UNKNOWN';
      return [
        d.code,
        d.name,
        String(d.year),
        csvNumber(d.population, d.populationStatus),
        csvNumber(d.children, childrenStatus(d)),
        csvNumber(e?.low, estimateStatus),
        csvNumber(e?.high, estimateStatus),
      ];
    }),
  };
}

export function DistrictTable({ name, districts }: { name: string; districts: readonly District[] }) {
  const t = vt.districts;
  const year = districts[0]?.year ?? null;
  return (
    <Table id="tabel-wijken" caption={t.caption(name, year)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnDistrict}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnPopulation}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnChildren}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnEstimate}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {districts.map((d) => (
          <TableRow key={d.code}>
            <TableHeaderCell scope="row">{d.name}</TableHeaderCell>
            <TableCell numeric>{formatFigure(d.population, d.populationStatus)}</TableCell>
            <TableCell numeric>{formatFigure(d.children, childrenStatus(d))}</TableCell>
            <TableCell numeric>{estimateCell(d)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
