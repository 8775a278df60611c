import { nl } from '../../i18n/nl';
import { vt } from '../../i18n/nl.veiligThuis';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { ChartSection, type CsvContent } from '../../app/figures/ChartSection';
import { csvNumber, formatFigure, periodText, publishedValue, sourcesOf, type Statistic } from '../../app/figures/figures';
import { FigureBarChart, type BarRow } from '../../ui/charts/FigureBarChart';

/** One colour per area (gemeente, regio, Nederland); the labels name them too. */
const AREA_COLORS = ['#1d5f8a', '#5b7f2a', '#6b4c9a'];

export interface CompareRow {
  code: string;
  name: string;
  level: string;
  adviezen: Statistic | null;
  meldingen: Statistic | null;
}

export function compareRows(regionOrder: readonly string[], adviezen: readonly Statistic[], meldingen: readonly Statistic[]): CompareRow[] {
  return regionOrder
    .map((code): CompareRow | null => {
      const a = adviezen.find((f) => f.regionCode === code) ?? null;
      const m = meldingen.find((f) => f.regionCode === code) ?? null;
      const any = a ?? m;
      return any ? { code, name: any.regionName, level: any.regionLevel, adviezen: a, meldingen: m } : null;
    })
    .filter((r): r is CompareRow => r !== null);
}

const areaName = (r: CompareRow) => `${r.name} (${vt.compare.levels[r.level] ?? r.level})`;
const per1000 = (f: Statistic | null) => (f ? formatFigure(f.per1000, f.per1000Status, 1) : vt.noFiguresAvailable);
const population = (r: CompareRow) => r.meldingen?.population ?? r.adviezen?.population ?? null;
const populationYear = (r: CompareRow) => r.meldingen?.populationYear ?? r.adviezen?.populationYear ?? null;

export function compareCsv(fileName: string, rows: readonly CompareRow[]): CsvContent {
  const t = vt.compare;
  return {
    fileName,
    header: [
      t.columnRegion,
      vt.series.columnPeriod,
      vt.series.columnProvisional,
      t.columnAdviezen,
      t.columnMeldingen,
      t.columnPopulation,
      t.columnPopulationYear,
    ],
    rows: rows.map((r) => {
      const any = (r.meldingen ?? r.adviezen)!;
      return [
        areaName(r),
        any.periodLabel,
        r.adviezen?.provisional || r.meldingen?.provisional ? 'ja' : 'nee',
        r.adviezen ? csvNumber(r.adviezen.per1000, r.adviezen.per1000Status, 1) : '',
        r.meldingen ? csvNumber(r.meldingen.per1000, r.meldingen.per1000Status, 1) : '',
        population(r) === null ? '' : String(population(r)),
        populationYear(r) === null ? '' : String(populationYear(r)),
      ];
    }),
  };
}

export function CompareSection({ code, rows, loading, error }: { code: string; rows: CompareRow[] | null; loading: boolean; error: boolean }) {
  const t = vt.compare;
  const id = 'vergelijking';
  if (loading || error || !rows || rows.length === 0) {
    return (
      <ChartSection
        id={id}
        heading={t.heading}
        empty={loading ? <LoadingStatus /> : error ? <ErrorMessage /> : <Paragraph>{vt.page.noFigures}</Paragraph>}
      />
    );
  }
  const figures = rows.flatMap((r) => [r.adviezen, r.meldingen]).filter((f): f is Statistic => f !== null);
  const first = figures[0];
  const period = periodText(
    first.periodLabel,
    figures.some((f) => f.provisional),
  );
  const years = [...new Set(rows.map(populationYear).filter((y): y is number => y !== null))].sort();
  const { tableIds, importedAt } = sourcesOf(figures);
  const bars: BarRow[] = rows.flatMap((r, i) =>
    (
      [
        [t.adviezen, r.adviezen],
        [t.meldingen, r.meldingen],
      ] as const
    ).map(([measure, f]) => ({
      key: `${r.code}-${measure}`,
      label: t.barLabel(r.name, measure),
      value: f ? publishedValue(f.per1000, f.per1000Status) : null,
      shown: per1000(f),
      color: AREA_COLORS[i % AREA_COLORS.length],
    })),
  );
  return (
    <ChartSection
      id={id}
      heading={t.heading}
      chartTitle={t.chartTitle(period)}
      description={t.description(rows.map(areaName), period)}
      chart={<FigureBarChart rows={bars} titleId={`${id}-titel`} descriptionId={`${id}-beschrijving`} axisLegend={t.axisLegend} fractionDigits={1} />}
      notes={<Paragraph>{t.populationNote(years)}</Paragraph>}
      source={vt.source(tableIds, importedAt, nl.date)}
      csv={compareCsv(t.fileName(code, first.period), rows)}
      table={
        <Table id="tabel-vergelijking" caption={t.caption(period)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columnRegion}</TableHeaderCell>
              <TableHeaderCell numeric>{t.columnAdviezen}</TableHeaderCell>
              <TableHeaderCell numeric>{t.columnMeldingen}</TableHeaderCell>
              <TableHeaderCell numeric>{t.columnPopulation}</TableHeaderCell>
              <TableHeaderCell numeric>{t.columnPopulationYear}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.code}>
                <TableHeaderCell scope="row">{areaName(r)}</TableHeaderCell>
                <TableCell numeric>{per1000(r.adviezen)}</TableCell>
                <TableCell numeric>{per1000(r.meldingen)}</TableCell>
                <TableCell numeric>{nl.number(population(r))}</TableCell>
                <TableCell numeric>{populationYear(r) ?? nl.noData}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}
