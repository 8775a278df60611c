import { MUNICIPALITY_CODE_PATTERN, type Role } from '@monitor/domain';
import { IsEmail, IsIn, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { RoleEnum } from '../../auth/auth.enums';

@InputType({ description: 'An application for an account by a municipal employee.' })
export class RegisterInput {
  @Field({ description: 'Full name.' })
  @MinLength(2, { message: 'naam: vul uw volledige naam in' })
  @MaxLength(200, { message: 'naam mag hoogstens 200 tekens hebben' })
  name: string;

  @Field({ description: 'Work e-mail address; becomes the login name.' })
  @IsEmail({}, { message: 'email: vul een geldig e-mailadres in, zoals naam@gemeente.nl' })
  @MaxLength(254, { message: 'email mag hoogstens 254 tekens hebben' })
  email: string;

  @Field({ description: 'CBS code of the municipality the applicant works for, e.g. GM0363.' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'municipalityCode: kies een gemeente' })
  municipalityCode: string;

  @Field({ description: 'Job title (functie).' })
  @MinLength(2, { message: 'functie: vul uw functie in' })
  @MaxLength(200, { message: 'functie mag hoogstens 200 tekens hebben' })
  jobTitle: string;

  @Field(() => RoleEnum, { description: 'Requested role: MUNICIPAL_EDITOR or MUNICIPAL_VIEWER.' })
  @IsIn(['MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'], { message: 'requestedRole: kies invuller of lezer' })
  requestedRole: Role;

  @Field({ description: 'Why the applicant needs access.' })
  @MinLength(10, { message: 'motivatie: licht in minstens 10 tekens toe waarom u toegang nodig heeft' })
  @MaxLength(2000, { message: 'motivatie mag hoogstens 2000 tekens hebben' })
  motivation: string;

  @Field({ description: 'Chosen password, at least 12 characters.' })
  @MinLength(12, { message: 'password moet minstens 12 tekens hebben' })
  @MaxLength(256, { message: 'password mag hoogstens 256 tekens hebben' })
  password: string;
}
