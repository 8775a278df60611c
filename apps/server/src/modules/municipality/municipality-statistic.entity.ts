import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One published figure for a municipality (long format: variable x year). */
@Entity('municipality_statistic')
export class MunicipalityStatistic {
  @PrimaryColumn({ type: 'int', name: 'municipality_id' })
  municipalityId: number;

  @PrimaryColumn({ type: 'text' })
  variable: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'text' })
  source: string;
}
