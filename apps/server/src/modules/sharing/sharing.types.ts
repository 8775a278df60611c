import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { ArrayMaxSize, ArrayMinSize, IsIn, Matches, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('SharingAgreementMember', { description: 'A municipality in a sharing agreement.' })
export class SharingAgreementMemberType {
  @Field({ description: 'CBS code.' })
  municipalityCode: string;

  @Field({ description: 'Name.' })
  municipalityName: string;

  @Field({ description: 'INVITED, ACCEPTED, DECLINED or WITHDRAWN.' })
  state: string;

  @Field(() => Date, { nullable: true, description: 'When it responded.' })
  respondedAt: Date | null;
}

@ObjectType('SharingAgreement', {
  description: 'An agreement between municipalities of one region to see each other\u2019s answers and indicators by name.',
})
export class SharingAgreementType {
  @Field(() => ID, { description: 'Identifier.' })
  id: number;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'VEILIG_THUIS_REGION or SAFETY_REGION.' })
  scope: string;

  @Field({ description: 'Code of the region.' })
  regionCode: string;

  @Field({ description: 'Name of the region.' })
  regionName: string;

  @Field({ description: 'PROPOSED (waiting for every invitee), ACTIVE or ENDED.' })
  status: string;

  @Field({ description: 'When it was proposed.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the last invitee accepted.' })
  activatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ended.' })
  endedAt: Date | null;

  @Field(() => [SharingAgreementMemberType], { description: 'The municipalities and their answers to the invitation.' })
  members: SharingAgreementMemberType[];
}

@ObjectType({ description: 'An indicator score of a named member of an active sharing agreement.' })
export class SharedIndicatorValue {
  @Field({ description: 'CBS code.' })
  municipalityCode: string;

  @Field({ description: 'Name.' })
  municipalityName: string;

  @Field({ description: 'Indicator key.' })
  indicatorKey: string;

  @Field(() => Float, { nullable: true, description: 'Value 0-100.' })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'Band.' })
  band: string | null;
}

@InputType({ description: 'A proposal to share with municipalities of the same region.' })
export class ProposeSharingAgreementInput {
  @Field({ description: 'VEILIG_THUIS_REGION or SAFETY_REGION: the region of your municipality within which to share.' })
  @IsIn(['VEILIG_THUIS_REGION', 'SAFETY_REGION'], { message: 'scope: kies VEILIG_THUIS_REGION of SAFETY_REGION' })
  scope: 'VEILIG_THUIS_REGION' | 'SAFETY_REGION';

  @Field({ description: 'Title.' })
  @MaxLength(200)
  title: string;

  @Field(() => [String], { description: 'CBS codes of the municipalities to invite (same region).' })
  @ArrayMinSize(1, { message: 'municipalityCodes: nodig minstens één gemeente uit' })
  @ArrayMaxSize(100)
  @Matches(MUNICIPALITY_CODE_PATTERN, { each: true, message: 'municipalityCodes: gebruik CBS-gemeentecodes zoals GM0363' })
  municipalityCodes: string[];
}
