import { DATABANK_LABELS, PREVENTION_LEVEL_LABELS, RECOGNITION_LABELS, TARGET_GROUP_LABELS } from '@monitor/domain';
import type { CareOffer, Intervention } from './supply.types';

/**
 * What the audit log keeps of a catalogue entry or an offer: the values in words (never ids only),
 * so the admin audit page can say what changed without looking anything up.
 */
type Described = Record<string, string | number | null>;

export function describeIntervention(entry: Intervention): Described {
  return {
    code: entry.code,
    name: entry.name,
    databank: DATABANK_LABELS[entry.databank],
    recognitionLevel: RECOGNITION_LABELS[entry.recognitionLevel],
    databankUrl: entry.databankUrl,
  };
}

export function describeOffer(offer: CareOffer): Described {
  return {
    municipalityCode: offer.municipalityCode,
    intervention: offer.intervention.name,
    targetGroup: TARGET_GROUP_LABELS[offer.targetGroup],
    preventionLevel: PREVENTION_LEVEL_LABELS[offer.preventionLevel],
    provider: offer.provider,
    districtCodes: offer.districtCodes.join(', '),
    capacity: offer.capacity,
    reachLastYear: offer.reachLastYear,
    waitingWeeks: offer.waitingWeeks,
  };
}

/** The fields that differ, each as "old → new" ("—" for an empty value). */
export function changesBetween(before: Described, after: Described): Record<string, string> {
  const shown = (value: string | number | null) => (value === null || value === '' ? '—' : String(value));
  const changes: Record<string, string> = {};
  for (const key of Object.keys(after)) {
    if (before[key] !== after[key]) changes[key] = `${shown(before[key])} → ${shown(after[key])}`;
  }
  return changes;
}
