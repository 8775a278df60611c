import { useEffect, useRef } from 'react';
import { Line, type LineCustomSvgLayerProps } from '@nivo/line';
import { formatNumberNl } from '@monitor/domain';

export interface SeriesPoint {
  /** The period as shown on the axis, e.g. "2023*". */
  x: string;
  /** Published value; null leaves a gap. */
  y: number | null;
}

export interface ChartSeries {
  id: string;
  color: string;
  data: SeriesPoint[];
}

type Series = { id: string; data: SeriesPoint[] };

const WIDTH = 760;
const HEIGHT = 320;
const MARGIN = { top: 24, right: 120, bottom: 48, left: 72 };

/** The series name next to its last point, so colour is not the only way to tell the lines apart. */
function SeriesNames({ series }: LineCustomSvgLayerProps<Series>) {
  return (
    <g>
      {series.map((s) => {
        const last = [...s.data].reverse().find((d) => d.data.y !== null);
        if (!last) return null;
        return (
          <text
            key={String(s.id)}
            x={last.position.x + 10}
            y={last.position.y}
            dominantBaseline="central"
            fontSize={13}
            fontWeight={700}
            fill={s.color}
          >
            {String(s.id)}
          </text>
        );
      })}
    </g>
  );
}

/**
 * Adviezen and meldingen per period as lines (SVG, role="img", labelled by the title and description
 * next to it), with each value written at its point. The table under it holds the same figures.
 */
export function SeriesChart({ series, titleId, descriptionId }: { series: ChartSeries[]; titleId: string; descriptionId: string }) {
  const container = useRef<HTMLDivElement>(null);
  // nivo sets width and height only; a viewBox lets the chart shrink with the page.
  useEffect(() => {
    container.current?.querySelector('svg')?.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  });
  const colors = new Map(series.map((s) => [s.id, s.color]));
  return (
    <div ref={container} className="monitor-vt-chart">
      <Line<Series>
        width={WIDTH}
        height={HEIGHT}
        data={series.map(({ id, data }) => ({ id, data }))}
        margin={MARGIN}
        xScale={{ type: 'point' }}
        yScale={{ type: 'linear', min: 0, max: 'auto' }}
        yFormat={(value) => formatNumberNl(Number(value), 0)}
        colors={(s) => colors.get(String(s.id)) ?? '#1a1a1a'}
        lineWidth={3}
        pointSize={10}
        pointColor={{ from: 'series.color' }}
        pointBorderWidth={2}
        pointBorderColor="#ffffff"
        enablePointLabel
        pointLabel={(point) => point.data.yFormatted}
        pointLabelYOffset={-14}
        axisLeft={{ format: (value) => formatNumberNl(Number(value), 0), tickSize: 0, tickPadding: 8 }}
        axisBottom={{ tickSize: 4, tickPadding: 8 }}
        enableGridX={false}
        layers={['grid', 'axes', 'lines', 'points', SeriesNames]}
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
