import { useEffect, useRef } from 'react';
import type { BarCustomLayerProps, BarDatum } from '@nivo/bar';

/** Axis labels are shortened to fit; the full text is always in the table next to the chart. */
export function shortenLabel(text: string, maxLength = 44): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/**
 * A nivo bar layer that writes a text after each bar, so that a reader needs neither the axis
 * nor the colour.
 */
export function valueLabelsLayer<D extends BarDatum>(textOf: (datum: D) => string) {
  return function ValueLabels({ bars }: BarCustomLayerProps<D>) {
    return (
      <g>
        {bars.map((bar) => (
          <text key={bar.key} x={bar.x + bar.width + 6} y={bar.y + bar.height / 2} dominantBaseline="central" fontSize={13} fill="#1a1a1a">
            {textOf(bar.data.data)}
          </text>
        ))}
      </g>
    );
  };
}

/**
 * The frame every horizontal bar chart shares: a height for its rows, a viewBox so that the chart
 * shrinks with the page (nivo sets width and height only), the rows reversed (nivo draws the first
 * datum at the bottom; reversed, the chart reads top-down like the table) and shortened labels on
 * the left axis.
 */
export function useHorizontalBarFrame<R extends { key: string; label: string }>(
  rows: R[],
  { width, rowHeight, margin }: { width: number; rowHeight: number; margin: { top: number; bottom: number } },
) {
  const container = useRef<HTMLDivElement>(null);
  const height = rows.length * rowHeight + margin.top + margin.bottom;
  useEffect(() => {
    container.current?.querySelector('svg')?.setAttribute('viewBox', `0 0 ${width} ${height}`);
  });
  const labels = new Map(rows.map((r) => [r.key, shortenLabel(r.label)]));
  const axisLeft = { format: (key: string | number) => labels.get(String(key)) ?? String(key), tickSize: 0, tickPadding: 8 };
  return { container, height, topDown: [...rows].reverse(), axisLeft };
}
