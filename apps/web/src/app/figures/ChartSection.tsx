import type { ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { vt } from '../../i18n/nl.veiligThuis';
import { buildCsv, downloadText } from './csv';
import { StatusLegend } from './StatusLegend';

export interface CsvContent {
  fileName: string;
  header: string[];
  rows: string[][];
}

interface ChartSectionProps {
  /** Prefix of the ids of the heading, chart title and description. */
  id: string;
  heading: string;
  /** The chart; give it aria-labelledby `${id}-titel` and aria-describedby `${id}-beschrijving`. */
  chart?: ReactNode;
  chartTitle?: string;
  description?: string;
  /** Text under the chart, e.g. what the population year is. */
  notes?: ReactNode;
  /** The data-table alternative, always on the page. */
  table?: ReactNode;
  source?: string | null;
  csv?: CsvContent | null;
  /** Shown instead of chart and table when there is nothing to show. */
  empty?: ReactNode;
}

/**
 * One chart with everything that belongs to it: heading, title and description, the chart (SVG), the
 * same figures as a table, the explanation of the symbols, the source and a CSV download of the
 * figures as shown.
 */
export function ChartSection({ id, heading, chart, chartTitle, description, notes, table, source, csv, empty }: ChartSectionProps) {
  return (
    <section aria-labelledby={`${id}-kop`} className="monitor-vt-section">
      <Heading level={2} id={`${id}-kop`}>
        {heading}
      </Heading>
      {empty ? (
        empty
      ) : (
        <>
          {chart && (
            <figure className="monitor-vt-figure">
              <p className="monitor-vt-chart__title" id={`${id}-titel`}>
                {chartTitle}
              </p>
              <p className="monitor-visually-hidden" id={`${id}-beschrijving`}>
                {description}
              </p>
              {chart}
            </figure>
          )}
          {notes}
          {source && <Paragraph className="monitor-vt-source">{source}</Paragraph>}
          {table}
          <StatusLegend id={`${id}-tekens`} />
          {csv && (
            // The visible text starts the name (WCAG 2.5.3); the heading tells the buttons apart.
            <Button aria-label={vt.downloadCsvOf(heading)} onClick={() => downloadText(csv.fileName, buildCsv(csv.header, csv.rows))}>
              {vt.downloadCsv}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
