import { interventionCodeOf, type Databank, type PreventionLevel, type RecognitionLevel, type TargetGroup } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { districtsOf } from '../district/district.repository';
import {
  deleteDemoSupply,
  hasDemoOffers,
  interventionIdByCode,
  interventionIdByName,
  saveCareOffer,
  saveIntervention,
} from '../supply/supply.repository';

/** Demo mode only: a generated care offer for one demo municipality. Nothing here is real. */
export const DEMO_SUPPLY_MUNICIPALITY = 'GM0344';

interface DemoIntervention {
  code?: string;
  name: string;
  databank: Databank;
  level: RecognitionLevel;
}

/** Invented catalogue entries, named "Demo: …" so that they are never taken for real recognitions. */
const DEMO_INTERVENTIONS: DemoIntervention[] = [
  { name: 'Demo: huisbezoeken bij zwangeren met risicofactoren', databank: 'NJI', level: 'GOOD_INDICATIONS' },
  { name: 'Demo: oudercursus positief opvoeden', databank: 'NJI', level: 'WELL_FOUNDED' },
  { name: 'Demo: gezinsaanpak na een melding', databank: 'NJI', level: 'FIRST_INDICATIONS' },
  { name: 'Demo: weerbaarheidstraining voor kinderen', databank: 'MOVISIE', level: 'WELL_DESCRIBED' },
  { name: 'Demo: groepsaanbod jongeren na huiselijk geweld', databank: 'NONE', level: 'NOT_ASSESSED' },
  { name: 'Demo: traumabehandeling voor kinderen', databank: 'NJI', level: 'STRONG_INDICATIONS' },
  // the interventions of the synthetic effect scores (demo-effects.ts), so effect monitoring and the
  // offer meet in one catalogue entry; no recognition entered (that is NJi staff's to enter)
  { code: 'signs-of-safety', name: 'Demo: Signs of Safety', databank: 'NONE', level: 'NOT_ASSESSED' },
  { code: 'veilig-verder', name: 'Demo: Veilig Verder', databank: 'NONE', level: 'NOT_ASSESSED' },
  { code: 'gezinscoaching-demo', name: 'Demo: gezinscoaching', databank: 'NONE', level: 'NOT_ASSESSED' },
];

interface DemoOffer {
  intervention: number;
  targetGroup: TargetGroup;
  preventionLevel: PreventionLevel;
  provider: string;
  /** which districts, by position in code order: [from, to) */
  districts: [number, number];
  capacity: number | null;
  reach: number | null;
  waitingWeeks: number | null;
}

/** Chosen so that the page shows each kind of gap: no recognised offer for youth, capacity and reach gaps. */
const DEMO_OFFERS: DemoOffer[] = [
  {
    intervention: 0,
    targetGroup: 'CHILDREN_0_4',
    preventionLevel: 'SELECTIVE',
    provider: 'Demo-GGD',
    districts: [0, 99],
    capacity: 120,
    reach: 95,
    waitingWeeks: 4,
  },
  {
    intervention: 1,
    targetGroup: 'PARENTS',
    preventionLevel: 'UNIVERSAL',
    provider: 'Demo-CJG',
    districts: [0, 99],
    capacity: 600,
    reach: 210,
    waitingWeeks: 2,
  },
  {
    intervention: 2,
    targetGroup: 'FAMILIES',
    preventionLevel: 'CARE',
    provider: 'Demo-wijkteam',
    districts: [0, 6],
    capacity: 150,
    reach: 140,
    waitingWeeks: 8,
  },
  {
    intervention: 5,
    targetGroup: 'CHILDREN_4_12',
    preventionLevel: 'CARE',
    provider: 'Demo-jeugd-GGZ',
    districts: [0, 5],
    capacity: 60,
    reach: 58,
    waitingWeeks: 14,
  },
  {
    intervention: 3,
    targetGroup: 'CHILDREN_4_12',
    preventionLevel: 'UNIVERSAL',
    provider: 'Demo-welzijn',
    districts: [0, 99],
    capacity: 300,
    reach: 260,
    waitingWeeks: 0,
  },
  {
    intervention: 4,
    targetGroup: 'YOUTH_12_18',
    preventionLevel: 'INDICATED',
    provider: 'Demo-jongerenwerk',
    districts: [3, 8],
    capacity: 40,
    reach: 12,
    waitingWeeks: 6,
  },
  // an offer of an intervention with (synthetic) effect figures; no capacity or reach entered, so it changes no gap
  {
    intervention: 6,
    targetGroup: 'FAMILIES',
    preventionLevel: 'CARE',
    provider: 'Demo-jeugdbescherming',
    districts: [0, 99],
    capacity: null,
    reach: null,
    waitingWeeks: null,
  },
];

async function demoInterventionIds(db: EntityManager): Promise<number[]> {
  const ids: number[] = [];
  for (const entry of DEMO_INTERVENTIONS) {
    const code = entry.code ?? interventionCodeOf(entry.name);
    const existing = (await interventionIdByCode(db, code)) ?? (await interventionIdByName(db, entry.name));
    const saved =
      existing ??
      (await saveIntervention(
        db,
        null,
        { code, name: entry.name, databank: entry.databank, recognitionLevel: entry.level, databankUrl: null, isDemo: true },
        null,
      ))!.id;
    ids.push(Number(saved));
  }
  return ids;
}

/**
 * In demo mode, the demo catalogue entries and the demo offer exist (the offer once); outside demo mode,
 * no demo offer exists, nor any demo catalogue entry that no effect score uses.
 */
export async function seedDemoSupply(dataSource: DataSource, demo: boolean): Promise<void> {
  await dataSource.transaction(async (db) => {
    if (!demo) return deleteDemoSupply(db);
    const ids = await demoInterventionIds(db);
    if (await hasDemoOffers(db, DEMO_SUPPLY_MUNICIPALITY)) return;
    const districts = (await districtsOf(db, DEMO_SUPPLY_MUNICIPALITY)).map((d) => d.code);
    if (districts.length === 0) return;
    for (const offer of DEMO_OFFERS) {
      await saveCareOffer(
        db,
        null,
        {
          municipalityCode: DEMO_SUPPLY_MUNICIPALITY,
          interventionId: ids[offer.intervention],
          targetGroup: offer.targetGroup,
          preventionLevel: offer.preventionLevel,
          provider: offer.provider,
          districtCodes: districts.slice(...offer.districts),
          capacity: offer.capacity,
          reachLastYear: offer.reach,
          waitingWeeks: offer.waitingWeeks,
          isDemo: true,
        },
        null,
      );
    }
  });
}
