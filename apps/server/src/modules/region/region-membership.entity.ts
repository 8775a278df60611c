import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A municipality's membership of a region, for a span of classification years. */
@Entity('region_membership')
export class RegionMembership {
  @PrimaryColumn({ type: 'int', name: 'municipality_id' })
  municipalityId: number;

  @PrimaryColumn({ type: 'int', name: 'region_id' })
  regionId: number;

  @PrimaryColumn({ type: 'int', name: 'valid_from' })
  validFrom: number;

  @Column({ type: 'int', name: 'valid_to', nullable: true })
  validTo: number | null;
}
