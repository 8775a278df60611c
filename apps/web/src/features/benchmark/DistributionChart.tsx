import { Bar, type BarCustomLayerProps } from '@nivo/bar';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { shortenLabel } from '../../ui/charts/barLabels';
import type { DistributionRow } from './distribution';
import './benchmark.css';

type Datum = {
  key: string;
  offset: number;
  low: number;
  box1: number;
  box2: number;
  high: number;
};

const KEYS = ['offset', 'low', 'box1', 'box2', 'high'] as const;
const COLORS: Record<(typeof KEYS)[number], string> = {
  offset: 'rgba(0,0,0,0)',
  low: '#dbe7f3',
  box1: '#2b6a9c', // 5.6:1 on white and on the light band's edge
  box2: '#2b6a9c',
  high: '#dbe7f3',
};
export const CHART_COLORS = { range: COLORS.low, rangeEdge: '#4d6e8c', box: COLORS.box1, own: '#1a1a1a' };

const WIDTH = 780;

/** A short word inside the chart (the table gives the reason in full), kept clear of the own marker. */
const WITHHELD_SHORT = 'niet getoond';

function toDatum(row: DistributionRow): Datum {
  const f = row.figures;
  if (!f.published || f.median === null) return { key: row.key, offset: 0, low: 0, box1: 0, box2: 0, high: 0 };
  // small groups publish only the median (5-9) or also the quartiles (10-19); P10 and P90 from 20
  const q1 = f.q1 ?? f.median;
  const q3 = f.q3 ?? f.median;
  const low = f.p10 ?? q1;
  const high = f.p90 ?? q3;
  return { key: row.key, offset: low, low: q1 - low, box1: f.median - q1, box2: q3 - f.median, high: high - q3 };
}

/** The light band: P10 to P90 where published, else the middle half, else just the median. */
const bandOf = (f: DistributionRow['figures']) => ({ from: f.p10 ?? f.q1 ?? f.median!, to: f.p90 ?? f.q3 ?? f.median! });

/** One row of the overlay: the band's outline and the median, or "niet getoond", then the own marker and value. */
function OverlayRow({
  row,
  x,
  top,
  band,
  innerWidth,
  ownName,
}: {
  row: DistributionRow;
  x: (value: number) => number;
  top: number;
  band: number;
  innerWidth: number;
  ownName: string;
}) {
  const middle = top + band / 2;
  const f = row.figures;
  const shown = f.published && f.median !== null;
  const spread = shown ? bandOf(f) : null;
  return (
    <g>
      {shown ? (
        <>
          <rect
            x={x(spread!.from)}
            y={top}
            width={Math.max(x(spread!.to) - x(spread!.from), 1)}
            height={band}
            fill="none"
            stroke={CHART_COLORS.rangeEdge}
            strokeWidth={1}
          />
          <line x1={x(f.median!)} x2={x(f.median!)} y1={top + 3} y2={top + band - 3} stroke="#ffffff" strokeWidth={3} />
          <line x1={x(f.median!)} x2={x(f.median!)} y1={top - 3} y2={top + 2} stroke="#1a1a1a" strokeWidth={2} />
          <line x1={x(f.median!)} x2={x(f.median!)} y1={top + band - 2} y2={top + band + 3} stroke="#1a1a1a" strokeWidth={2} />
        </>
      ) : (
        <text
          x={row.own !== null && row.own < 40 ? innerWidth - 6 : 6}
          textAnchor={row.own !== null && row.own < 40 ? 'end' : 'start'}
          y={middle}
          dominantBaseline="central"
          fontSize={12}
          fill="#4d4d4d"
          fontStyle="italic"
        >
          {WITHHELD_SHORT}
        </text>
      )}
      {row.own !== null && (
        <path
          d={`M ${x(row.own)} ${middle - 8} L ${x(row.own) + 7} ${middle} L ${x(row.own)} ${middle + 8} L ${x(row.own) - 7} ${middle} Z`}
          fill={CHART_COLORS.own}
          stroke="#ffffff"
          strokeWidth={1.5}
        />
      )}
      <text x={innerWidth + 12} y={middle} dominantBaseline="central" fontSize={12} fill="#1a1a1a">
        {nlBenchmark.benchmark.ownLabel(ownName, row.own)}
      </text>
    </g>
  );
}

/**
 * The nivo layer drawn over the bars (band outline, median line, own marker and value per row); a
 * function of the rows, since nivo passes a layer only its scales.
 */
function overlayLayer(rows: DistributionRow[], ownName: string) {
  return function Overlay({ xScale, yScale, innerWidth }: BarCustomLayerProps<Datum>) {
    const x = xScale as unknown as (value: number) => number;
    const y = yScale as unknown as ((key: string) => number) & { bandwidth: () => number };
    const band = y.bandwidth();
    return (
      <g>
        {rows.map((row) => (
          <OverlayRow key={row.key} row={row} x={x} top={y(row.key)} band={band} innerWidth={innerWidth} ownName={ownName} />
        ))}
      </g>
    );
  };
}

/**
 * The distribution of a measure over the municipalities of each row's group: light band from P10
 * to P90 (for groups of 20 or more), dark box for the middle half (Q1-Q3), white line at the median, and the own
 * municipality as a black diamond with its value in text. nivo SVG inside an outer SVG that carries
 * role="img", <title> and <desc>; the table next to it holds the same figures.
 */
export function DistributionChart({
  id,
  rows,
  title,
  description,
  ownName,
}: {
  id: string;
  rows: DistributionRow[];
  title: string;
  description: string;
  ownName: string;
}) {
  const rowHeight = 34;
  const margin = { top: 12, right: 190, bottom: 44, left: 290 };
  const height = rows.length * rowHeight + margin.top + margin.bottom;
  const labels = new Map(rows.map((r) => [r.key, shortenLabel(r.label, 40)]));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  // nivo draws the first datum at the bottom; reversed, the chart reads top-down like the table.
  const data = [...rows].reverse().map(toDatum);

  const Overlay = overlayLayer(rows, ownName);

  return (
    <div className="monitor-benchmark-chart">
      <svg
        className="monitor-benchmark-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-titel`}
        aria-describedby={`${id}-beschrijving`}
        data-testid={id}
      >
        <title id={`${id}-titel`}>{title}</title>
        <desc id={`${id}-beschrijving`}>{description}</desc>
        <Bar<Datum>
          width={WIDTH}
          height={height}
          data={data}
          keys={[...KEYS]}
          indexBy="key"
          layout="horizontal"
          groupMode="stacked"
          valueScale={{ type: 'linear', min: 0, max: 100 }}
          indexScale={{ type: 'band', round: true }}
          padding={0.35}
          margin={margin}
          colors={(bar) => COLORS[bar.id as keyof typeof COLORS]}
          enableLabel={false}
          enableGridX
          enableGridY={false}
          gridXValues={[0, 25, 50, 75, 100]}
          axisBottom={{
            tickValues: [0, 25, 50, 75, 100],
            legend: nlBenchmark.benchmark.axis,
            legendPosition: 'middle',
            legendOffset: 36,
          }}
          axisLeft={{ format: (key) => labels.get(String(key)) ?? byKey.get(String(key))?.label ?? String(key), tickSize: 0, tickPadding: 8 }}
          layers={['grid', 'axes', 'bars', Overlay]}
          theme={{ text: { fontSize: 12, fill: '#1a1a1a' }, grid: { line: { stroke: '#d9d9d9' } } }}
          isInteractive={false}
          animate={false}
          renderWrapper={false}
          role="presentation"
        />
      </svg>
      <DistributionLegend ownName={ownName} />
    </div>
  );
}

function DistributionLegend({ ownName }: { ownName: string }) {
  return (
    <ul className="monitor-benchmark-legend" aria-label={nlBenchmark.benchmark.legendHeading}>
      <li>
        <svg width="28" height="14" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="26" height="12" fill={CHART_COLORS.range} stroke={CHART_COLORS.rangeEdge} />
        </svg>
        {nlBenchmark.benchmark.legendRange}
      </li>
      <li>
        <svg width="28" height="14" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="26" height="12" fill={CHART_COLORS.box} />
        </svg>
        {nlBenchmark.benchmark.legendIqr}
      </li>
      <li>
        <svg width="28" height="14" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="26" height="12" fill={CHART_COLORS.box} />
          <line x1="14" x2="14" y1="2" y2="12" stroke="#ffffff" strokeWidth="3" />
        </svg>
        {nlBenchmark.benchmark.legendMedian}
      </li>
      <li>
        <svg width="28" height="16" aria-hidden="true" focusable="false">
          <path d="M 14 1 L 21 8 L 14 15 L 7 8 Z" fill={CHART_COLORS.own} />
        </svg>
        {nlBenchmark.benchmark.legendOwn(ownName)}
      </li>
    </ul>
  );
}
