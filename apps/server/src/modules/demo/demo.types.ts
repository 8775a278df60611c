import type { Role } from '@monitor/domain';
import { Field, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../auth/auth.enums';

@ObjectType({ description: 'A demo account (demo mode only): not a real person, shown on the login page.' })
export class DemoAccount {
  @Field({ description: 'Login e-mail address.' })
  email: string;

  @Field({ description: 'Demo password.' })
  password: string;

  @Field({ description: 'Display name, marked as demo.' })
  name: string;

  @Field(() => RoleEnum, { description: 'Role of the account.' })
  role: Role;

  @Field(() => String, { nullable: true, description: 'CBS code of its demo municipality.' })
  municipalityCode: string | null;
}
