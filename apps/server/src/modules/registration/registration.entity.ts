import type { Role } from '@monitor/domain';
import { ROLES } from '@monitor/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { REGISTRATION_STATUSES, RegistrationStatusEnum, RoleEnum, type RegistrationStatus } from '../../auth/auth.enums';

@Entity('registration')
@ObjectType('Registration', { description: 'An application (aanmelding) of a municipal employee for an account.' })
export class Registration {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Work e-mail address of the applicant.' })
  @Column({ type: 'text' })
  email: string;

  @Field({ description: 'Full name of the applicant.' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Job title (functie) of the applicant.' })
  @Column({ type: 'text', name: 'job_title' })
  jobTitle: string;

  @Column({ type: 'int', name: 'municipality_id' })
  municipalityId: number;

  @Field(() => RoleEnum, { description: 'The role the applicant asked for.' })
  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role', name: 'requested_role' })
  requestedRole: Role;

  @Field({ description: 'Why the applicant needs access.' })
  @Column({ type: 'text' })
  motivation: string;

  @Column({ type: 'text', name: 'password_hash', select: false })
  passwordHash: string;

  @Field(() => RegistrationStatusEnum, { description: 'State of the application.' })
  @Column({ type: 'enum', enum: REGISTRATION_STATUSES, enumName: 'registration_status' })
  status: RegistrationStatus;

  @Field({ description: 'When the application was submitted.' })
  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When an administrator decided.' })
  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'The role granted on approval.' })
  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role', name: 'granted_role', nullable: true })
  grantedRole: Role | null;

  @Field(() => String, { nullable: true, description: 'Why the application was rejected.' })
  @Column({ type: 'text', name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'uuid', name: 'user_id', nullable: true })
  userId: string | null;
}
