import { BANDS, type Band } from '@monitor/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';

export const BandEnum = enumType(
  BANDS,
  'IndicatorBand',
  'How far the measures behind an indicator are realised.',
  (band) => ({ LOW: 'Weinig gerealiseerd.', PARTIAL: 'Deels gerealiseerd.', HIGH: 'Grotendeels gerealiseerd.' })[band],
);

@ObjectType('IndicatorResult', { description: 'A policy indicator of one municipality in one year, computed when the response was submitted.' })
export class IndicatorResult {
  @Field({ description: 'Stable key, the same across years.' })
  key: string;

  @Field({ description: 'Name (Dutch).' })
  label: string;

  @Field({ description: 'Theme.' })
  theme: string;

  @Field({ description: 'What it measures.' })
  description: string;

  @Field({ description: 'False until the response is submitted.' })
  computed: boolean;

  @Field(() => Float, { nullable: true, description: 'Share realised, 0-100; null when not computed or too few known answers.' })
  value: number | null;

  @Field(() => BandEnum, { nullable: true, description: 'Band of the value.' })
  band: Band | null;

  @Field(() => String, { nullable: true, description: 'Band in Dutch, e.g. "deels gerealiseerd".' })
  bandLabel: string | null;

  @Field(() => [String], { description: 'Concrete tips for this band (Dutch).' })
  tips: string[];

  @Field(() => Int, { nullable: true, description: 'Items with a known answer (yes, partly, no).' })
  known: number | null;

  @Field(() => Int, { nullable: true, description: 'Items answered "weet niet"; left out of the value, not counted as no.' })
  unknown: number | null;

  @Field(() => Int, { nullable: true, description: 'Items not answered or not applicable.' })
  missing: number | null;

  @Field(() => Int, { nullable: true, description: 'All items of the indicator.' })
  total: number | null;

  @Field(() => Int, { nullable: true, description: 'The previous year with a value, if any.' })
  previousYear: number | null;

  @Field(() => Float, { nullable: true, description: 'Value in the previous year.' })
  previousValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Change since the previous year, in points.' })
  change: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was computed.' })
  computedAt: Date | null;
}

@ObjectType({ description: 'One year of an indicator\u2019s time series.' })
export class IndicatorHistoryPoint {
  @Field(() => Int, { description: 'Year.' })
  year: number;

  @Field(() => Float, { nullable: true, description: 'Value, 0-100.' })
  value: number | null;

  @Field(() => BandEnum, { nullable: true, description: 'Band.' })
  band: Band | null;

  @Field({ description: 'True when this year\u2019s answers are demo data (not real).' })
  isDemo: boolean;
}
