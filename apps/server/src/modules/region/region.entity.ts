import { REGION_TYPES, type RegionType } from '@monitor/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RegionTypeEnum } from './region-type.enum';

@Entity('region')
@ObjectType('Region', {
  simpleResolvers: true,
  description: 'A region of one division (province, Veilig Thuis region, safety region, GGD region or youth care region).',
})
export class Region {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'CBS region code, e.g. PV27, VT08, VR13, GG3406 or JZ13.' })
  @Column({ type: 'varchar', length: 8 })
  code: string;

  @Field({ description: 'Official CBS name of the region.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => RegionTypeEnum, { description: 'The division this region belongs to.' })
  @Column({ type: 'enum', enum: REGION_TYPES, enumName: 'region_type' })
  type: RegionType;

  @Field(() => Int, { description: 'First year of the CBS classification in which this region exists.' })
  @Column({ type: 'int', name: 'valid_from' })
  validFrom: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Last year of the CBS classification in which this region exists; null while it still exists.',
  })
  @Column({ type: 'int', name: 'valid_to', nullable: true })
  validTo: number | null;

  /** Classification year this instance was read for (not stored); field resolvers use it. */
  asOfYear: number;
}
