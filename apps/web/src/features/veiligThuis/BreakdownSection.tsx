import { VT_CATEGORY_GROUPS, type VtCategoryGroup } from '@monitor/domain';
import { nl } from '../../i18n/nl';
import { vt } from '../../i18n/nl.veiligThuis';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { ChartSection, type CsvContent } from '../../app/figures/ChartSection';
import { comparePeriods, figureText, periodText, publishedValue, sourcesOf, type AreaFigure } from '../../app/figures/figures';
import { FigureBarChart } from '../../ui/charts/FigureBarChart';
import { ADVIEZEN, MELDINGEN } from './useVeiligThuis';

const BAR_COLOR = '#1d5f8a';

export interface Breakdown {
  group: VtCategoryGroup;
  period: string;
  /** Per part: its meldingen and adviezen figures (either may be missing). */
  parts: { category: string; label: string; meldingen: AreaFigure | null; adviezen: AreaFigure | null }[];
  totalMeldingen: AreaFigure | null;
  totalAdviezen: AreaFigure | null;
}

/** The breakdowns the area has, each for the latest period in which any of its parts has a figure. */
export function breakdownsOf(figures: readonly AreaFigure[]): Breakdown[] {
  return VT_CATEGORY_GROUPS.flatMap((group): Breakdown[] => {
    const inGroup = figures.filter((f) => group.parts.includes(f.category) && (f.measure === MELDINGEN || f.measure === ADVIEZEN));
    const period = [...new Set(inGroup.map((f) => f.period))].sort(comparePeriods).at(-1);
    if (!period) return [];
    const find = (measure: string, category: string | null) =>
      figures.find((f) => f.measure === measure && f.category === category && f.period === period) ?? null;
    const parts = group.parts
      .map((category) => ({ category, meldingen: find(MELDINGEN, category), adviezen: find(ADVIEZEN, category) }))
      .filter((p) => p.meldingen || p.adviezen)
      .map((p) => ({ ...p, label: (p.meldingen ?? p.adviezen)!.categoryLabel }));
    return [{ group, period, parts, totalMeldingen: find(MELDINGEN, group.total), totalAdviezen: find(ADVIEZEN, group.total) }];
  });
}

const cell = (f: AreaFigure | null) => (f ? figureText(f) : vt.noFiguresAvailable);

function breakdownCsv(code: string, b: Breakdown): CsvContent {
  const t = vt.breakdown;
  return {
    fileName: t.fileName(b.group.key, code, b.period),
    header: [t.columnPart, vt.series.columnPeriod, vt.series.columnMeldingen, vt.series.columnAdviezen],
    rows: b.parts.map((p) => [p.label, (p.meldingen ?? p.adviezen)!.periodLabel, cell(p.meldingen), cell(p.adviezen)]),
  };
}

/**
 * One breakdown: its parts as bars (meldingen) and in a table (meldingen and adviezen). The total the
 * parts belong to is written under the chart, never drawn as a bar beside them. With fewer than two
 * published parts there is no chart, only the table.
 */
export function BreakdownSection({ code, areaName, breakdown }: { code: string; areaName: string; breakdown: Breakdown }) {
  const t = vt.breakdown;
  const { group, parts } = breakdown;
  const all = parts.flatMap((p) => [p.meldingen, p.adviezen]).filter((f): f is AreaFigure => f !== null);
  const period = periodText(
    all[0].periodLabel,
    all.some((f) => f.provisional),
  );
  const id = `uitsplitsing-${group.key}`;
  const charted = parts.filter((p) => p.meldingen && publishedValue(p.meldingen.value, p.meldingen.status) !== null);
  const { tableIds, importedAt } = sourcesOf(all);
  const total = breakdown.totalMeldingen || breakdown.totalAdviezen;
  return (
    <ChartSection
      id={id}
      heading={group.heading}
      chartTitle={t.chartTitle(group.heading, areaName, period)}
      description={t.description(areaName, period)}
      chart={
        charted.length >= 2 ? (
          <FigureBarChart
            rows={parts.map((p) => ({
              key: p.category,
              label: p.label,
              value: p.meldingen ? publishedValue(p.meldingen.value, p.meldingen.status) : null,
              shown: cell(p.meldingen),
              color: BAR_COLOR,
            }))}
            titleId={`${id}-titel`}
            descriptionId={`${id}-beschrijving`}
            axisLegend={vt.series.columnMeldingen}
          />
        ) : undefined
      }
      notes={
        total ? (
          <Paragraph>
            {t.total(
              (breakdown.totalMeldingen ?? breakdown.totalAdviezen)!.categoryLabel,
              breakdown.totalMeldingen ? figureText(breakdown.totalMeldingen) : null,
              breakdown.totalAdviezen ? figureText(breakdown.totalAdviezen) : null,
            )}
          </Paragraph>
        ) : undefined
      }
      source={vt.source(tableIds, importedAt, nl.date)}
      csv={breakdownCsv(code, breakdown)}
      table={
        <Table id={`tabel-${id}`} caption={t.caption(group.heading, areaName, period)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columnPart}</TableHeaderCell>
              <TableHeaderCell numeric>{vt.series.columnMeldingen}</TableHeaderCell>
              <TableHeaderCell numeric>{vt.series.columnAdviezen}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {parts.map((p) => (
              <TableRow key={p.category}>
                <TableHeaderCell scope="row">{p.label}</TableHeaderCell>
                <TableCell numeric>{cell(p.meldingen)}</TableCell>
                <TableCell numeric>{cell(p.adviezen)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}
