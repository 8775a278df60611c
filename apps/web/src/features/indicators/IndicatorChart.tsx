import { Bar } from '@nivo/bar';
import type { Band } from '@monitor/domain';
import { nl } from '../../i18n/nl';
import { useHorizontalBarFrame, valueLabelsLayer } from '../../ui/charts/barLabels';
import { BAND_COLORS, formatValue } from './bands';

export interface ChartRow {
  key: string;
  label: string;
  value: number | null;
  band: Band | null;
}

type Datum = { key: string; value: number; shown: string; band: string; [k: string]: string | number };

const WIDTH = 760;
const ROW_HEIGHT = 30;
const MARGIN = { top: 36, right: 130, bottom: 48, left: 300 };

const BAND_WORD: Record<string, string> = { LOW: 'weinig', PARTIAL: 'deels', HIGH: 'grotendeels', NONE: '' };

/** Value and band in words after each bar, so colour is not the only carrier. */
const ValueLabels = valueLabelsLayer<Datum>((d) => `${d.shown}${BAND_WORD[d.band] ? ` (${BAND_WORD[d.band]})` : ''}`);

/**
 * Horizontal bars of the indicator values (0-100) with the band thresholds as lines; an SVG with
 * role="img", a title and a description. The table next to it holds the same figures.
 */
export function IndicatorChart({
  rows,
  thresholds,
  titleId,
  descriptionId,
}: {
  rows: ChartRow[];
  thresholds: { partial: number; high: number };
  titleId: string;
  descriptionId: string;
}) {
  const { container, height, topDown, axisLeft } = useHorizontalBarFrame(rows, { width: WIDTH, rowHeight: ROW_HEIGHT, margin: MARGIN });
  const data: Datum[] = topDown.map((r) => ({
    key: r.key,
    value: r.value ?? 0,
    shown: formatValue(r.value),
    band: r.band ?? 'NONE',
  }));
  const t = nl.indicators;
  return (
    <div ref={container} className="monitor-chart">
      <Bar<Datum>
        width={WIDTH}
        height={height}
        data={data}
        keys={['value']}
        indexBy="key"
        layout="horizontal"
        valueScale={{ type: 'linear', min: 0, max: 100 }}
        indexScale={{ type: 'band', round: true }}
        padding={0.3}
        margin={MARGIN}
        colors={(bar) => BAND_COLORS[(bar.data.band as Band | 'NONE') ?? 'NONE']}
        enableLabel={false}
        enableGridX
        enableGridY={false}
        gridXValues={[0, 20, 40, 60, 80, 100]}
        axisBottom={{ tickValues: [0, 20, 40, 60, 80, 100], legend: t.columnValue, legendPosition: 'middle', legendOffset: 36 }}
        axisLeft={axisLeft}
        markers={[
          {
            axis: 'x',
            value: thresholds.partial,
            lineStyle: { stroke: '#1a1a1a', strokeWidth: 2, strokeDasharray: '6 4' },
            legend: t.marker('deels', thresholds.partial),
            legendPosition: 'top',
            textStyle: { fontSize: 12, fill: '#1a1a1a' },
          },
          {
            axis: 'x',
            value: thresholds.high,
            lineStyle: { stroke: '#1a1a1a', strokeWidth: 2, strokeDasharray: '2 3' },
            legend: t.marker('grotendeels', thresholds.high),
            legendPosition: 'top',
            textStyle: { fontSize: 12, fill: '#1a1a1a' },
          },
        ]}
        layers={['grid', 'axes', 'bars', 'markers', ValueLabels]}
        theme={{ text: { fontSize: 12, fill: '#1a1a1a' } }}
        isInteractive={false}
        animate={false}
        role="img"
        ariaLabelledBy={titleId}
        ariaDescribedBy={descriptionId}
      />
    </div>
  );
}
