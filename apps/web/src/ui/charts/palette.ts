// Sequential ColorBrewer YlGnBu schemes, light (low share) to dark (high share), per class count.
const SCHEMES: Record<number, string[]> = {
  1: ['#41b6c4'],
  2: ['#a1dab4', '#225ea8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
};

export const MAX_CLASSES = 5;
export const NO_DATA_COLOR = '#d4d4d4';

export function classColors(classCount: number): string[] {
  const scheme = SCHEMES[classCount];
  if (!scheme) throw new RangeError(`no colour scheme for ${classCount} classes`);
  return scheme;
}
