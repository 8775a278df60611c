import type { Role } from '@monitor/domain';
import { ROLES } from '@monitor/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RoleEnum } from '../../auth/auth.enums';

@Entity('app_user')
@ObjectType('User', { description: 'A person with an account: NJi staff or an employee of one municipality.' })
export class User {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Work e-mail address (lower case); also the login name.' })
  @Column({ type: 'text' })
  email: string;

  @Field({ description: 'Full name.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Job title (functie).' })
  @Column({ type: 'text', name: 'job_title', nullable: true })
  jobTitle: string | null;

  @Field(() => RoleEnum, { description: 'Role.' })
  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role: Role;

  @Column({ type: 'int', name: 'municipality_id', nullable: true })
  municipalityId: number | null;

  @Column({ type: 'text', name: 'password_hash', nullable: true, select: false })
  passwordHash: string | null;

  @Field({ description: 'False once an administrator deactivated the account; it can then not be used.' })
  @Column({ type: 'boolean' })
  active: boolean;

  @Field({ description: 'True for the demo accounts of demo mode.' })
  @Column({ type: 'boolean', name: 'is_demo' })
  isDemo: boolean;

  @Field({ description: 'When the account was created.' })
  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the account was deactivated.' })
  @Column({ type: 'timestamptz', name: 'deactivated_at', nullable: true })
  deactivatedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'password_changed_at', nullable: true })
  passwordChangedAt: Date | null;

  get ownerUserId(): string {
    return this.id;
  }
}
