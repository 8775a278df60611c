import type { EffectScoreRow, Rater } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { EffectRepository } from '../effect/effect.repository';
import type { EffectService } from '../effect/effect.service';

/**
 * Demo mode only: GENERATED (synthetic) safety-scale scores for Amsterdam, so the effect pages have
 * something to show. No published distributions of Signs of Safety scale scores exist (research
 * notes §1.3), so these numbers are made up: a start around 3–4, a slow rise per moment, parents a
 * little higher and children a little lower than the helper, with noise. They are stored as demo
 * scores and every figure built from them says "synthetisch".
 */
export const DEMO_EFFECT_MUNICIPALITY = 'GM0363';

interface DemoCohort {
  intervention: string;
  district: string | null;
  trajectories: number;
  /** whether the children in this cohort give scores too */
  childrenScore: boolean;
  moments: number;
}

// Cohorts are whole districts so that the district figures do not isolate a few trajectories of an
// intervention (the release ledger would withhold them); the small cohort shows a protected group.
const COHORTS: DemoCohort[] = [
  { intervention: 'signs-of-safety', district: 'WK0363MG', trajectories: 24, childrenScore: true, moments: 4 },
  { intervention: 'signs-of-safety', district: 'WK0363NM', trajectories: 18, childrenScore: false, moments: 3 },
  { intervention: 'veilig-verder', district: 'WK0363FH', trajectories: 30, childrenScore: true, moments: 3 },
  { intervention: 'gezinscoaching-demo', district: null, trajectories: 6, childrenScore: false, moments: 2 },
];

/** A small deterministic generator (mulberry32), so every demo database holds the same scores. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clampScore = (value: number) => Math.max(0, Math.min(10, Math.round(value)));
const RATER_OFFSET: Record<Rater, number> = { HELPER: 0, PARENT: 0.8, CHILD: -0.5 };

export function demoEffectRows(): EffectScoreRow[] {
  const random = generator(2026);
  const rows: EffectScoreRow[] = [];
  let number = 0;
  for (const cohort of COHORTS) {
    for (let t = 0; t < cohort.trajectories; t++) {
      const trajectoryId = `DEMO-${String(++number).padStart(4, '0')}`;
      const start = 2.5 + random() * 2.5;
      const pace = random() * 1.6 - 0.3;
      const raters: Rater[] = cohort.childrenScore ? ['HELPER', 'PARENT', 'CHILD'] : ['HELPER', 'PARENT'];
      for (let moment = 0; moment < cohort.moments; moment++) {
        for (const rater of raters) {
          const score = clampScore(start + pace * moment + RATER_OFFSET[rater] + (random() - 0.5) * 2);
          rows.push({ line: rows.length + 1, trajectoryId, moment, rater, score, intervention: cohort.intervention, districtCode: cohort.district });
        }
      }
    }
  }
  return rows;
}

/** Stores the demo scores once (demo mode, at startup). */
export async function seedDemoEffectScores(dataSource: DataSource, effects: EffectService): Promise<boolean> {
  if (await new EffectRepository(dataSource).hasDemoScores(DEMO_EFFECT_MUNICIPALITY)) return false;
  await effects.store(DEMO_EFFECT_MUNICIPALITY, demoEffectRows(), true);
  return true;
}
