import type { PublishedStatus } from '@monitor/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { GeoJSONScalar } from '../../graphql/geojson.scalar';
import { AbuseEstimate } from '../estimate/estimate.types';
import { PublishedStatusEnum } from '../statistics/statistics.types';

@ObjectType({ description: 'A district (wijk) of a municipality, with figures under the stricter district disclosure rules.' })
export class District {
  @Field({ description: 'CBS district code, e.g. WK0363AA.' })
  code: string;

  @Field({ description: 'CBS district name.' })
  name: string;

  @Field({ description: 'CBS code of its municipality.' })
  municipalityCode: string;

  @Field(() => Int, { description: 'Year of the district division and its figures.' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'Inhabitants, rounded to tens; null when suppressed.' })
  population: number | null;

  @Field(() => PublishedStatusEnum, { description: 'Status of population.' })
  populationStatus: PublishedStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'Children aged 0-17: the municipality\u2019s published count (rounded to tens) apportioned over its districts by inhabitants × share aged 0-14 (largest remainder, in tens), so that the districts add up to the municipality exactly; null when the district estimate is withheld.',
  })
  children: number | null;

  @Field(() => AbuseEstimate, { nullable: true, description: 'Estimated children facing abuse (district rules).' })
  estimate: AbuseEstimate | null;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description:
      'Boundary (generalised CBS/PDOK map, WGS84). A map of all districts of a municipality is better served by GET /geo/districts/<municipality code>.geojson (public, cached, ETag).',
  })
  boundary: unknown;

  @Field({ description: 'Source of the figures.' })
  source: string;
}
