/**
 * CBS publishes the age bands 0-14 and 15-24 (as whole percentages of inhabitants), not 0-17.
 * The number of children aged 0-17 is therefore approximated as
 *   inhabitants x (share 0-14 + 3/10 x share 15-24)
 * i.e. assuming the 15-24 band is spread evenly over its ten year groups, of which 15, 16 and 17
 * are three. Because CBS rounds the shares to whole percent, the result can be off by about
 * half a percent of the inhabitants; it is an approximation and must be presented as one.
 */
export interface AgeBandInput {
  inhabitants: number;
  /** whole percent of inhabitants aged 0-14 */
  percentAged0To14: number;
  /** whole percent of inhabitants aged 15-24 */
  percentAged15To24: number;
}

export interface YouthPopulationApproximation {
  aged0To14: number;
  aged0To17: number;
}

export const YOUTH_POPULATION_METHOD =
  'Benadering: inwoners × (aandeel 0–14 jaar + 3/10 × aandeel 15–24 jaar). CBS publiceert alleen de ' +
  'leeftijdsgroepen 0–14 en 15–24 jaar, in hele procenten; de groep 15–24 is gelijk over de tien ' +
  'leeftijdsjaren verdeeld verondersteld.';

const YEARS_15_TO_17_OF_15_TO_24 = 3 / 10;

export function approximateYouthPopulation(input: AgeBandInput): YouthPopulationApproximation {
  const { inhabitants, percentAged0To14, percentAged15To24 } = input;
  for (const [name, value] of Object.entries(input)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a non-negative number`);
  }
  if (percentAged0To14 + percentAged15To24 > 100) {
    throw new RangeError('age band shares add up to more than 100 percent');
  }
  const aged0To14 = (inhabitants * percentAged0To14) / 100;
  const aged15To17 = (inhabitants * percentAged15To24 * YEARS_15_TO_17_OF_15_TO_24) / 100;
  return { aged0To14: Math.round(aged0To14), aged0To17: Math.round(aged0To14 + aged15To17) };
}
