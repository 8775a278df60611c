import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('municipality')
@ObjectType('Municipality', { simpleResolvers: true, description: 'A Dutch municipality (gemeente) in a given year of the CBS classification.' })
export class Municipality {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'CBS municipality code, e.g. GM0363 for Amsterdam.' })
  @Column({ type: 'varchar', length: 6 })
  code: string;

  @Field({ description: 'Official CBS name, e.g. Amsterdam or \u2019s-Gravenhage.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => Int, { description: 'First year of the CBS classification in which this municipality exists.' })
  @Column({ type: 'int', name: 'valid_from' })
  validFrom: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Last year of the CBS classification in which this municipality exists (e.g. before a merger); null while it exists.',
  })
  @Column({ type: 'int', name: 'valid_to', nullable: true })
  validTo: number | null;

  /** Classification year this instance was read for (not stored); field resolvers use it. */
  asOfYear: number;
}
