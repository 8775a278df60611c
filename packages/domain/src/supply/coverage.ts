import { publishCount, DISTRICT_RULES, type Published } from '../statistics/disclosure';
import { isRecognised, NEED_MATCHING_LEVELS, TARGET_GROUPS, type PreventionLevel, type RecognitionLevel, type TargetGroup } from './catalogue';

/**
 * Thresholds of the gap rules. Both are choices of this monitor, not a standard: no source sets
 * them (research notes §3.4 propose 50 % and call it unconfirmed). They are named here so that the
 * page can say so, and changed in one place.
 */
export const SUPPLY_THRESHOLDS = {
  /** capacity (places a year) below this share of the LOWER end of the estimated need → gap */
  capacityShareOfNeed: 0.5,
  /** reach last year below this share of the capacity → low reach */
  reachShareOfCapacity: 0.5,
} as const;

export interface OfferForCoverage {
  id: string;
  name: string;
  targetGroup: TargetGroup;
  preventionLevel: PreventionLevel;
  recognitionLevel: RecognitionLevel;
  /** places a year; null when not entered */
  capacity: number | null;
  /** participants last year; null when not entered */
  reachLastYear: number | null;
  districtCodes: readonly string[];
}

/** A district's published demand figures (already through the district disclosure rules). */
export interface DistrictDemand {
  code: string;
  /** published children 0-17 (apportioned, tens); null when withheld */
  children: number | null;
  /** published lower and upper end of the estimated children facing abuse; null when withheld */
  needLow: number | null;
  needHigh: number | null;
}

export interface TargetGroupCoverage {
  targetGroup: TargetGroup;
  offers: number;
  recognisedOffers: number;
  /** capacity apportioned to the district, whole places */
  capacity: number;
}

export interface DistrictCoverage {
  code: string;
  offers: number;
  recognisedOffers: number;
  /** apportioned capacity of offers for families where abuse is suspected or established (INDICATED, CARE) */
  matchingCapacity: number;
  /** apportioned reach last year of all offers, under the district disclosure rules (a count of people) */
  reach: Published;
  /** matchingCapacity / lower end of the need, in percent (whole); null when the need is withheld or zero */
  capacityPercentOfNeed: number | null;
  targetGroups: TargetGroupCoverage[];
}

/**
 * How an offer's yearly capacity (or reach) is shared over the districts it serves: by their
 * children 0-17 (the published, apportioned counts). When a served district has no published
 * count, equally over all served districts. A choice: offers do not report where their clients live.
 */
export function districtShares(offer: Pick<OfferForCoverage, 'districtCodes'>, demand: ReadonlyMap<string, DistrictDemand>): Map<string, number> {
  const served = offer.districtCodes.filter((code) => demand.has(code));
  const weights = served.map((code) => demand.get(code)!.children);
  const total = weights.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const byChildren = weights.every((w) => w !== null && w > 0) && total > 0;
  return new Map(served.map((code, i) => [code, byChildren ? weights[i]! / total : 1 / served.length]));
}

/** Coverage per district and target group, from the offers and the published demand. */
export function districtCoverage(demand: readonly DistrictDemand[], offers: readonly OfferForCoverage[]): DistrictCoverage[] {
  const byCode = new Map(demand.map((d) => [d.code, d]));
  const shares = new Map(offers.map((o) => [o.id, districtShares(o, byCode)]));
  return demand.map((district) => {
    const serving = offers.filter((o) => shares.get(o.id)!.has(district.code));
    const share = (o: OfferForCoverage) => shares.get(o.id)!.get(district.code)!;
    const capacityOf = (list: OfferForCoverage[]) => Math.round(list.reduce((sum, o) => sum + (o.capacity ?? 0) * share(o), 0));
    const matchingCapacity = capacityOf(serving.filter((o) => NEED_MATCHING_LEVELS.includes(o.preventionLevel)));
    const reachRaw = serving.reduce((sum, o) => sum + (o.reachLastYear ?? 0) * share(o), 0);
    const anyReach = serving.some((o) => o.reachLastYear !== null);
    return {
      code: district.code,
      offers: serving.length,
      recognisedOffers: serving.filter((o) => isRecognised(o.recognitionLevel)).length,
      matchingCapacity,
      reach: publishCount({ value: anyReach ? reachRaw : null, status: anyReach ? 'VALUE' : 'SECRET' }, DISTRICT_RULES),
      capacityPercentOfNeed: district.needLow !== null && district.needLow > 0 ? Math.round((100 * matchingCapacity) / district.needLow) : null,
      targetGroups: offersPerTargetGroup(district.code, serving).map((counts) => ({
        ...counts,
        capacity: capacityOf(serving.filter((o) => o.targetGroup === counts.targetGroup)),
      })),
    };
  });
}

/**
 * Offers and recognised offers per target group among the offers that serve one district: the
 * coverage above counts them so, and the supply page counts them so from the offers it holds.
 */
export function offersPerTargetGroup(
  districtCode: string,
  offers: readonly Pick<OfferForCoverage, 'targetGroup' | 'recognitionLevel' | 'districtCodes'>[],
): Omit<TargetGroupCoverage, 'capacity'>[] {
  const serving = offers.filter((o) => o.districtCodes.includes(districtCode));
  return TARGET_GROUPS.map((targetGroup) => {
    const forGroup = serving.filter((o) => o.targetGroup === targetGroup);
    return { targetGroup, offers: forGroup.length, recognisedOffers: forGroup.filter((o) => isRecognised(o.recognitionLevel)).length };
  });
}
