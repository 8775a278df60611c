import { MUNICIPALITY_CODE_PATTERN, REGION_CODE_PATTERN, YEAR_MAX, YEAR_MIN } from '@monitor/domain';
import { IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../graphql/pagination';

@InputType({ description: 'Narrows a list of municipalities. All given conditions must hold.' })
export class MunicipalityFilter {
  @Field({ nullable: true, description: 'Part of the name (case, accents and apostrophes ignored) or an exact CBS code.' })
  @IsOptional()
  @MinLength(1, { message: 'search mag niet leeg zijn' })
  @MaxLength(100, { message: 'search mag hoogstens 100 tekens hebben' })
  search?: string;

  @Field({ nullable: true, description: 'Only members of this region (CBS code such as PV27, VT08, VR13, GG3406, JZ13).' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode moet een CBS-regiocode zijn, zoals PV27, VT08, VR13, GG3406 of JZ13' })
  regionCode?: string;

  @Field(() => Int, { nullable: true, description: 'Classification year; default: the newest year loaded.' })
  @IsOptional()
  @Min(YEAR_MIN.calendar, { message: `year moet ${YEAR_MIN.calendar} of later zijn` })
  @Max(YEAR_MAX, { message: `year moet ${YEAR_MAX} of eerder zijn` })
  year?: number;
}

@ArgsType()
export class MunicipalitiesArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 1-${MAX_PAGE_SIZE}.`,
  })
  @Min(1, { message: 'first moet minstens 1 zijn' })
  @Max(MAX_PAGE_SIZE, { message: `first mag hoogstens ${MAX_PAGE_SIZE} zijn` })
  first: number;

  @Field({ nullable: true, description: 'Return the items after this cursor (an endCursor from a previous page).' })
  @IsOptional()
  @MaxLength(200, { message: 'after is geen geldige cursor' })
  after?: string;

  @Field(() => MunicipalityFilter, { nullable: true, description: 'Conditions on the municipalities.' })
  @IsOptional()
  @ValidateNested()
  filter?: MunicipalityFilter;
}

@ArgsType()
export class MunicipalityArgs {
  @Field({ description: 'CBS municipality code, e.g. GM0363.' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'code moet een CBS-gemeentecode zijn: GM gevolgd door vier cijfers, zoals GM0363' })
  code: string;

  @Field(() => Int, { nullable: true, description: 'Classification year; default: the newest year loaded.' })
  @IsOptional()
  @Min(YEAR_MIN.calendar, { message: `year moet ${YEAR_MIN.calendar} of later zijn` })
  @Max(YEAR_MAX, { message: `year moet ${YEAR_MAX} of eerder zijn` })
  year?: number;
}
