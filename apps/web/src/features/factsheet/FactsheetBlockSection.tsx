import type { FactsheetBlockSection_BlockFragment } from '../../gql/__generated__/graphql';
import { nlFactsheet } from '../../i18n/nl.factsheet';
import { FigureBarChart, type BarRow } from '../../ui/charts/FigureBarChart';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { FactsheetMapFigure, type Boundaries } from './FactsheetMapFigure';

const t = nlFactsheet.page;
const BAR_COLOR = '#2c7fb8';

export type FactsheetBlock = FactsheetBlockSection_BlockFragment;

const shown = (value: number | null, decimals: number) =>
  value === null ? t.withheldSymbol : value.toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

interface BlockSectionProps {
  block: FactsheetBlock;
  index: number;
  /** Municipality boundaries for a map-layer block; null when the factsheet has none. */
  boundaries: Boundaries | null;
  /** 2 on the factsheet page, 3 inside the editor's preview. */
  headingLevel?: 2 | 3;
}

/** One block: heading, bar chart or map (SVG), the same figures as a table, note and source. */
export function FactsheetBlockSection({ block, index, boundaries, headingLevel = 2 }: BlockSectionProps) {
  const id = `factsheet-blok-${index + 1}`;
  const isMap = block.kind === 'MAP_LAYER';
  const rows: BarRow[] = block.figures.map((figure) => ({
    key: figure.key,
    label: figure.label,
    value: figure.value,
    shown: shown(figure.value, block.decimals),
    color: BAR_COLOR,
  }));
  return (
    <section aria-labelledby={`${id}-kop`} className="monitor-factsheet__block">
      <Heading level={headingLevel} id={`${id}-kop`}>
        {block.title}
      </Heading>
      {/* sanitised on the server (the knowledge base's Markdown rules) */}
      {block.textHtml && <div className="monitor-factsheet__text" dangerouslySetInnerHTML={{ __html: block.textHtml }} />}
      {isMap ? (
        block.figures.length > 0 &&
        boundaries && <FactsheetMapFigure block={block} id={id} boundaries={boundaries} shown={(v) => shown(v, block.decimals)} />
      ) : (
        <BarFigure block={block} id={id} rows={rows} />
      )}
      {block.note && <Paragraph>{block.note}</Paragraph>}
      {block.figures.length > 0 && <FiguresTable block={block} id={id} isMap={isMap} />}
      <Paragraph className="monitor-vt-source">
        {t.source(block.source)} {block.figures.some((f) => f.value === null) ? `${t.withheldSymbol} = ${t.withheld}.` : ''}
      </Paragraph>
    </section>
  );
}

function BarFigure({ block, id, rows }: { block: FactsheetBlock; id: string; rows: BarRow[] }) {
  return (
    <figure className="monitor-factsheet__figure">
      <p className="monitor-vt-chart__title" id={`${id}-titel`}>
        {t.chartTitle(block.title, block.unit)}
      </p>
      <p className="monitor-visually-hidden" id={`${id}-beschrijving`}>
        {t.chartDescription(block.title)}
      </p>
      <FigureBarChart
        rows={rows}
        titleId={`${id}-titel`}
        descriptionId={`${id}-beschrijving`}
        axisLegend={block.unit}
        fractionDigits={block.decimals}
      />
    </figure>
  );
}

function FiguresTable({ block, id, isMap }: { block: FactsheetBlock; id: string; isMap: boolean }) {
  return (
    <Table id={`${id}-tabel`} caption={isMap ? t.mapTableCaption(block.title) : t.tableCaption(block.title)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{isMap ? t.columnMunicipality : t.columnLabel}</TableHeaderCell>
          <TableHeaderCell numeric>{`${t.columnValue} (${block.unit})`}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {block.figures.map((figure) => (
          <TableRow key={figure.key}>
            <TableHeaderCell scope="row">{figure.label}</TableHeaderCell>
            <TableCell numeric>
              {figure.value === null ? <abbr title={figure.reason ?? t.withheld}>{t.withheldSymbol}</abbr> : shown(figure.value, block.decimals)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
