import { Bar } from '@nivo/bar';
import { useHorizontalBarFrame, valueLabelsLayer } from './barLabels';

export interface BarRow {
  key: string;
  label: string;
  /** Published value; null draws no bar, only `shown`. */
  value: number | null;
  /** What is written after the bar: the value in Dutch notation or a status symbol. */
  shown: string;
  color: string;
}

type Datum = { key: string; value: number; shown: string; color: string; [k: string]: string | number };

const WIDTH = 760;
const ROW_HEIGHT = 32;
const MARGIN = { top: 12, right: 90, bottom: 44, left: 300 };

/** The value (or its symbol) after each bar, so a reader needs neither the axis nor the colour. */
const ValueLabels = valueLabelsLayer<Datum>((d) => String(d.shown));

/**
 * Horizontal bars (SVG, role="img", labelled by a title and description outside it). Figures that
 * are not published get no bar, only their symbol; the table next to it holds the same figures.
 */
export function FigureBarChart({
  rows,
  titleId,
  descriptionId,
  axisLegend,
  fractionDigits = 0,
}: {
  rows: BarRow[];
  titleId: string;
  descriptionId: string;
  axisLegend: string;
  fractionDigits?: number;
}) {
  const { container, height, topDown, axisLeft } = useHorizontalBarFrame(rows, { width: WIDTH, rowHeight: ROW_HEIGHT, margin: MARGIN });
  const data: Datum[] = topDown.map((r) => ({ key: r.key, value: r.value ?? 0, shown: r.shown, color: r.color }));
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  return (
    <div ref={container} className="monitor-vt-chart">
      <Bar<Datum>
        width={WIDTH}
        height={height}
        data={data}
        keys={['value']}
        indexBy="key"
        layout="horizontal"
        valueScale={{ type: 'linear', min: 0, max: max > 0 ? 'auto' : 1 }}
        indexScale={{ type: 'band', round: true }}
        padding={0.3}
        margin={MARGIN}
        colors={(bar) => String(bar.data.color)}
        enableLabel={false}
        enableGridX
        enableGridY={false}
        axisBottom={{
          legend: axisLegend,
          legendPosition: 'middle',
          legendOffset: 36,
          tickValues: 5,
          format: (value) => Number(value).toLocaleString('nl-NL', { maximumFractionDigits: fractionDigits }),
        }}
        axisLeft={axisLeft}
        layers={['grid', 'axes', 'bars', ValueLabels]}
        theme={{ text: { fontSize: 13, fill: '#1a1a1a' }, axis: { ticks: { text: { fontSize: 13, fill: '#1a1a1a' } } } }}
        isInteractive={false}
        animate={false}
        role="img"
        ariaLabelledBy={titleId}
        ariaDescribedBy={descriptionId}
      />
    </div>
  );
}
