/**
 * Children aged 0-17 from the real CBS count of 0-14 year olds.
 *
 * CBS publishes no count of 15-17 year olds per municipality. The age band 15-24 (the old
 * approximation used 3/10 of it) holds students, so it overstates university towns (Groningen,
 * Maastricht, Wageningen by 27-33 %). Instead each of the three years 15, 16 and 17 is taken as
 * large as the municipality's mean one-year cohort aged 0-14 (cohort carry-forward): 15-17 =
 * 3/15 × (0-14). Young people of 15-17 mostly still live with their parents, so their number
 * follows the municipality's own children, not its students.
 */
export const CHILDREN_METHOD =
  'Kinderen van 0–14 jaar: telling van het CBS (1 januari 2023). Kinderen van 15–17 jaar: benadering, ' +
  'drie keer het gemiddelde aantal kinderen per leeftijdsjaar van 0–14 jaar in dezelfde gemeente (3/15 van 0–14 jaar). ' +
  'Er is geen CBS-telling van 15–17-jarigen per gemeente; de groep 15–24 jaar is niet gebruikt omdat die studenten meetelt.';

export const FIFTEEN_TO_SEVENTEEN_PER_CHILD_0_14 = 3 / 15;

export interface ChildrenCount {
  aged0To14: number;
  aged15To17: number;
  aged0To17: number;
}

export function childrenAged0To17(aged0To14: number): ChildrenCount {
  if (!Number.isInteger(aged0To14) || aged0To14 < 0) throw new RangeError('aged0To14 must be a non-negative whole number');
  const aged15To17 = Math.round(aged0To14 * FIFTEEN_TO_SEVENTEEN_PER_CHILD_0_14);
  return { aged0To14, aged15To17, aged0To17: aged0To14 + aged15To17 };
}
