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
