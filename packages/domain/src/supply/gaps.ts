import { TARGET_GROUP_LABELS, TARGET_GROUPS, type TargetGroup } from './catalogue';
import { SUPPLY_THRESHOLDS, type DistrictCoverage, type OfferForCoverage } from './coverage';

export const GAP_KINDS = ['NO_RECOGNISED_OFFER', 'CAPACITY_BELOW_NEED', 'LOW_REACH'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export interface SupplyGap {
  kind: GapKind;
  targetGroup: TargetGroup | null;
  offerId: string | null;
  /** the districts the gap concerns (all districts without a recognised offer; the districts below the threshold; those an offer serves) */
  districtCodes: string[];
  /** what the gap is, in Dutch, with the rule that found it */
  explanation: string;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Per target group: the districts where no offer at goed onderbouwd or higher serves it. */
function missingRecognisedOffers(coverage: readonly DistrictCoverage[]): SupplyGap[] {
  return TARGET_GROUPS.flatMap((targetGroup) => {
    const lacking = coverage.filter((d) => d.targetGroups.find((t) => t.targetGroup === targetGroup)!.recognisedOffers === 0).map((d) => d.code);
    if (lacking.length === 0) return [];
    const where = lacking.length === coverage.length ? 'in geen enkele wijk' : `in ${lacking.length} van de ${coverage.length} wijken`;
    return [
      {
        kind: 'NO_RECOGNISED_OFFER' as const,
        targetGroup,
        offerId: null,
        districtCodes: lacking,
        explanation: `${TARGET_GROUP_LABELS[targetGroup]}: ${where} een erkende interventie (minstens goed onderbouwd).`,
      },
    ];
  });
}

/** Districts whose capacity for families where abuse is suspected or established is below the threshold share of the lower estimate. */
function capacityBelowNeed(coverage: readonly DistrictCoverage[]): SupplyGap[] {
  const threshold = SUPPLY_THRESHOLDS.capacityShareOfNeed * 100;
  const below = coverage.filter((d) => d.capacityPercentOfNeed !== null && d.capacityPercentOfNeed < threshold).map((d) => d.code);
  if (below.length === 0) return [];
  return [
    {
      kind: 'CAPACITY_BELOW_NEED',
      targetGroup: null,
      offerId: null,
      districtCodes: below,
      explanation:
        `${below.length} ${below.length === 1 ? 'wijk heeft' : 'wijken hebben'} minder plaatsen per jaar in geïndiceerde preventie en zorg dan ` +
        `${percent(SUPPLY_THRESHOLDS.capacityShareOfNeed)} van de ondergrens van het geschatte aantal kinderen dat met mishandeling te maken heeft ` +
        '(drempel is een keuze van deze monitor, geen norm).',
    },
  ];
}

/** Offers that reached fewer than the threshold share of their capacity last year. */
function lowReach(offers: readonly OfferForCoverage[]): SupplyGap[] {
  return offers
    .filter(
      (o) =>
        o.capacity !== null && o.capacity > 0 && o.reachLastYear !== null && o.reachLastYear < SUPPLY_THRESHOLDS.reachShareOfCapacity * o.capacity,
    )
    .map((o) => ({
      kind: 'LOW_REACH' as const,
      targetGroup: o.targetGroup,
      offerId: o.id,
      districtCodes: [...o.districtCodes],
      explanation:
        `${o.name}: vorig jaar ${o.reachLastYear} deelnemers bij ${o.capacity} plaatsen (${percent(o.reachLastYear! / o.capacity!)}; ` +
        `drempel ${percent(SUPPLY_THRESHOLDS.reachShareOfCapacity)}, een keuze van deze monitor).`,
    }));
}

/** All gaps, in a fixed order: missing recognised offers, capacity, reach. */
export function supplyGaps(coverage: readonly DistrictCoverage[], offers: readonly OfferForCoverage[]): SupplyGap[] {
  if (coverage.length === 0) return lowReach(offers);
  return [...missingRecognisedOffers(coverage), ...capacityBelowNeed(coverage), ...lowReach(offers)];
}
