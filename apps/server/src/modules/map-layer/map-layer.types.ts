import { Field, Float, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';

export type MapLayerGroup = 'ESTIMATE' | 'RISK_FACTOR' | 'VEILIG_THUIS' | 'INDICATOR_MEDIAN';

export const MapLayerGroupEnum = enumType(
  ['ESTIMATE', 'RISK_FACTOR', 'VEILIG_THUIS', 'INDICATOR_MEDIAN'] as const satisfies readonly MapLayerGroup[],
  'MapLayerGroup',
  'Kind of figure a landing-map layer shows.',
  (group) =>
    ({
      ESTIMATE: 'The model estimate of abused children per 1,000 children (middle of the published range).',
      RISK_FACTOR: 'A risk factor of the risk profile (CBS).',
      VEILIG_THUIS: 'A Veilig Thuis figure per 1,000 inhabitants, only where published with the population of its own year.',
      INDICATOR_MEDIAN: 'The median of a policy indicator in the municipality\u2019s province, only as released under the benchmark release rules.',
    })[group],
);

/** Layers offered at most: the estimate, about 20 risk factors, 2 Veilig Thuis rates and the indicators. */
export const MAX_MAP_LAYERS = 100;
/** Municipalities per layer at most (342 in 2026). */
export const MAX_MAP_VALUES = 450;

@ObjectType({ description: 'A figure the landing map can be coloured by.' })
export class MapLayer {
  @Field({ description: 'Key to ask for with mapLayer, e.g. "schatting" or "risico:pct_eenouderhuishoudens".' })
  key: string;

  @Field(() => MapLayerGroupEnum, { description: 'Kind of figure.' })
  group: MapLayerGroup;

  @Field({ description: 'Name in Dutch.' })
  label: string;

  @Field({ description: 'Unit in Dutch, e.g. "per 1.000 kinderen".' })
  unit: string;

  @Field(() => String, { nullable: true, description: 'Period or year of the figures, e.g. "2023"; null when they differ per municipality.' })
  period: string | null;

  @Field(() => Int, { description: 'Decimals the figures are shown with (the legend rounds the same).' })
  decimals: number;

  @Field({ description: 'Whether there are figures; when false, unavailableReason says why.' })
  available: boolean;

  @Field(() => String, { nullable: true, description: 'Why there are no figures (Dutch).' })
  unavailableReason: string | null;

  @Field({ description: 'Source of the figures (Dutch).' })
  source: string;
}

@ObjectType({ description: 'The value of a map layer for one municipality.' })
export class MapLayerValue {
  @Field({ description: 'CBS municipality code.' })
  municipalityCode: string;

  @Field(() => Float, { nullable: true, description: 'The published value, rounded as shown; null when missing or withheld.' })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'Why the value is missing or withheld (Dutch); null when there is one.' })
  reason: string | null;
}

@ObjectType({ description: 'A map layer with its values for every municipality that has a value or a reason.' })
export class MapLayerValues {
  @Field(() => MapLayer, { description: 'The layer.' })
  layer: MapLayer;

  @Field(() => [MapLayerValue], { description: `Values per municipality (at most ${MAX_MAP_VALUES}).` })
  values: MapLayerValue[];
}
