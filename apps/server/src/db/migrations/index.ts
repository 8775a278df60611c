import { CreateGeography1767000000000 } from './1767000000000-CreateGeography';

/** Every migration, in order. New migrations are added here; merged ones are never edited. */
export const migrations = [CreateGeography1767000000000];
