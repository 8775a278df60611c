/**
 * A weighted estimate of domestic violence (DV) per municipality (research/dv-estimate.md §3.2,
 * a proposal, not a published formula):
 *
 * - National total: the CBS/WODC Prevalentiemonitor huiselijk geweld en seksueel geweld 2022:
 *   9 % of people aged 16 and over were victims in the previous 12 months (1.3 million). CBS
 *   publishes the percentage rounded to whole percent, so 8.5-9.5 % is used as the range.
 * - Distribution: people aged 16+ × a weight. The weight combines
 *   (a) the municipality's risk profile: the relative risk of the child-abuse model raised to θ,
 *       with θ = 0 (no socio-economic gradient) and θ = 1 (the full gradient of the registered
 *       child-protection outcome) as the two bounds, because the gradient of DV among adults is
 *       not known to be as steep; and
 *   (b) police involvement where published: Veilig Thuis reports made by justice and police
 *       (CBS 84849NED) against what the national rate per person 16+ would give, shrunk towards 1:
 *       (y + α) / (e + α), with α = 50 reports (an area with 50 expected reports gets half weight).
 *       A municipality without a published figure uses that of its Veilig Thuis region, if any.
 * - Each scenario adds up to the national total exactly; the range of a municipality is the
 *   lowest and highest value over the scenarios (prevalence 8.5 % or 9.5 %, θ = 0 or 1).
 */
export const DV_PREVALENCE = { central: 0.09, low: 0.085, high: 0.095, year: 2022 } as const;
export const DV_PREVALENCE_SOURCE =
  'CBS/WODC, Prevalentiemonitor huiselijk geweld en seksueel grensoverschrijdend gedrag 2022: 9 % van de inwoners van 16 jaar en ouder ' +
  'was in de voorafgaande 12 maanden slachtoffer van huiselijk geweld (1,3 miljoen).';
export const POLICE_SHRINKAGE_REPORTS = 50;
export const RISK_GRADIENT_BOUNDS = [0, 1] as const;

export const DV_METHOD =
  'Landelijke prevalentie (9 %, afgerond gepubliceerd, dus 8,5–9,5 % van de inwoners van 16 jaar en ouder) verdeeld over de gemeenten ' +
  'naar inwoners van 16+ × risicoprofiel^θ × politiefactor. Het risicoprofiel is het relatieve risico uit het model voor kindermishandeling; ' +
  'θ = 0 (geen verschil naar risicoprofiel) en θ = 1 (even sterk als bij jeugdbescherming) zijn de grenzen. De politiefactor is ' +
  '(y + 50) / (e + 50), met y de meldingen bij Veilig Thuis door justitie en politie (CBS 84849NED) en e wat het landelijke ' +
  'aantal per inwoner van 16+ zou geven; zonder gemeentecijfer dat van de Veilig Thuis-regio, zonder beide 1. Elk scenario telt ' +
  'landelijk precies op tot de prevalentie; de bandbreedte is het laagste en hoogste scenario. Een schatting, geen telling.';

export interface PoliceInvolvement {
  /** reports by justice and police to Veilig Thuis in the area */
  observed: number;
  /** people aged 16+ in the area the figure belongs to (municipality or Veilig Thuis region) */
  adults: number;
  /** reports of the same category and year per person aged 16+, nationally */
  nationalRate: number;
}

export interface DomesticViolenceArea {
  code: string;
  adults: number;
  /** relative risk of the risk profile (mean about 1) */
  riskRelative: number;
  police: PoliceInvolvement | null;
}

export interface DomesticViolenceEstimate {
  code: string;
  adults: number;
  low: number;
  high: number;
  policeFactor: number;
}

export function policeFactor(police: PoliceInvolvement | null): number {
  if (!police) return 1;
  const expected = police.nationalRate * police.adults;
  return (police.observed + POLICE_SHRINKAGE_REPORTS) / (expected + POLICE_SHRINKAGE_REPORTS);
}

export function estimateDomesticViolence(areas: readonly DomesticViolenceArea[]): DomesticViolenceEstimate[] {
  const adults = areas.reduce((s, a) => s + a.adults, 0);
  const factors = areas.map((a) => policeFactor(a.police));
  const scenarios = RISK_GRADIENT_BOUNDS.flatMap((theta) => {
    const weights = areas.map((a, i) => a.adults * a.riskRelative ** theta * factors[i]);
    const total = weights.reduce((s, w) => s + w, 0);
    return [DV_PREVALENCE.low, DV_PREVALENCE.high].map((p) => weights.map((w) => (p * adults * w) / total));
  });
  return areas.map((a, i) => ({
    code: a.code,
    adults: a.adults,
    low: Math.min(...scenarios.map((s) => s[i])),
    high: Math.max(...scenarios.map((s) => s[i])),
    policeFactor: factors[i],
  }));
}

/** Scenario totals, for checks: each equals prevalence × all adults. */
export function domesticViolenceScenarioTotals(areas: readonly DomesticViolenceArea[]): number[] {
  const factors = areas.map((a) => policeFactor(a.police));
  const adults = areas.reduce((s, a) => s + a.adults, 0);
  return RISK_GRADIENT_BOUNDS.flatMap((theta) => {
    const weights = areas.map((a, i) => a.adults * a.riskRelative ** theta * factors[i]);
    const total = weights.reduce((s, w) => s + w, 0);
    return [DV_PREVALENCE.low, DV_PREVALENCE.high].map((p) => weights.reduce((s, w) => s + (p * adults * w) / total, 0));
  });
}
