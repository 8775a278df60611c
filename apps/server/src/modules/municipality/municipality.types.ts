import { Field, Float, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../../graphql/pagination';
import { Municipality } from './municipality.entity';

@ObjectType({ simpleResolvers: true, description: 'Number of young inhabitants: the CBS count of 0-14 year olds and an approximation of 0-17.' })
export class YouthPopulation {
  @Field(() => Int, { description: 'Reference year of the population figures used (1 January).' })
  year: number;

  @Field(() => Int, { description: 'Inhabitants aged 0-14 on 1 January of `year` (CBS count, StatLine 70072NED).' })
  aged0To14: number;

  @Field(() => Int, {
    description:
      'APPROXIMATION of the number of children aged 0-17: the count aged 0-14 plus 3/15 of it for ages 15-17 (three mean one-year cohorts; not the 15-24 band, which counts students). CBS publishes no 0-17 count per municipality in the data used.',
  })
  aged0To17: number;

  @Field({ description: 'Always true: aged0To17 is derived, not published by CBS as such.' })
  isApproximation: boolean;

  @Field({ description: 'How the numbers were derived (Dutch).' })
  method: string;

  @Field({ description: 'Source of the underlying figures.' })
  source: string;
}

@ObjectType({ simpleResolvers: true, description: 'Share of inhabitants in one CBS age band.' })
export class AgeBandShare {
  @Field({ description: 'Age band label, e.g. "0-14" or "65+".' })
  band: string;

  @Field(() => Int, { description: 'Lowest age in the band.' })
  fromAge: number;

  @Field(() => Int, { nullable: true, description: 'Highest age in the band; null for the open band 65+.' })
  toAge: number | null;

  @Field(() => Float, { nullable: true, description: 'Percentage of inhabitants (CBS, whole percent).' })
  percentage: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'Key figures of a municipality from CBS Kerncijfers wijken en buurten.' })
export class MunicipalityKeyFigures {
  @Field(() => Int, { nullable: true, description: 'Reference year (1 January) of the population figures.' })
  populationYear: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of inhabitants.' })
  population: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of male inhabitants.' })
  men: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of female inhabitants.' })
  women: number | null;

  @Field(() => Int, { nullable: true, description: 'Inhabitants per km² of land.' })
  populationDensity: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of dwellings on 1 January.' })
  dwellings: number | null;

  @Field(() => Int, { nullable: true, description: 'Land area in hectares.' })
  landAreaHectares: number | null;

  @Field(() => String, { nullable: true, description: 'Source of the population figures.' })
  populationSource: string | null;

  @Field(() => Int, { nullable: true, description: 'Reference year of the household figures and age distribution.' })
  householdYear: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of private households.' })
  households: number | null;

  @Field(() => Float, { nullable: true, description: 'Percentage of households with children (including single-parent households).' })
  shareHouseholdsWithChildren: number | null;

  @Field(() => Float, { nullable: true, description: 'Percentage of multi-person households without children.' })
  shareHouseholdsWithoutChildren: number | null;

  @Field(() => Float, { nullable: true, description: 'Percentage of one-person households.' })
  shareOnePersonHouseholds: number | null;

  @Field(() => Float, { nullable: true, description: 'Average household size.' })
  averageHouseholdSize: number | null;

  @Field(() => Float, { nullable: true, description: 'Percentage of inhabitants who are divorced.' })
  shareDivorced: number | null;

  @Field(() => Int, { nullable: true, description: 'CBS urbanity class: 1 very strongly urban ... 5 not urban.' })
  urbanity: number | null;

  @Field(() => String, { nullable: true, description: 'Source of the household figures and age distribution.' })
  householdSource: string | null;

  @Field(() => [AgeBandShare], { description: 'Share of inhabitants per CBS age band.' })
  ageDistribution: AgeBandShare[];
}

export const { ConnectionType: MunicipalityConnection, EdgeType: MunicipalityEdge } = connectionTypes(Municipality, 'Municipality', 'Municipalities');
