import { formatNumberNl, formatRange, formatRate } from '@monitor/domain';

const number = (value: number, fractionDigits = 0) => formatNumberNl(value, fractionDigits);
const percent = (share: number) => `${number(share * 100, 1)} %`;

/** User-facing text of the risk model behind the estimate of abused children (Dutch). */
export const em = {
  heading: 'Wat de schatting beweegt',
  intro:
    'De landelijke bandbreedte is over de gemeenten verdeeld met een model dat vijf risicofactoren tegelijk gebruikt. ' +
    'Per factor staat hieronder de waarde hier, het landelijke gemiddelde en hoeveel de factor de schatting omhoog of omlaag brengt.',
  rate: (low: number, high: number) =>
    `Dat is ${formatRange(low, high, 'rate')} per 1.000 kinderen (landelijk ${formatRate(26)} tot ${formatRate(37)}).`,
  caption: 'Risicofactoren en hun invloed op de schatting',
  columnFactor: 'Risicofactor',
  columnHere: 'Hier',
  columnNational: 'Landelijk gemiddelde',
  columnEffect: 'Invloed op de schatting',
  columnYear: 'Jaar',
  value: (value: number, unit: string) => `${number(value, 1)} ${unit}`,
  missing: 'ontbreekt (landelijk gemiddelde gebruikt)',
  fromMunicipality: 'van de gemeente',
  effect: (effectPercent: number) =>
    Math.abs(effectPercent) < 0.05 ? 'geen' : `${effectPercent > 0 ? '+' : '−'}${number(Math.abs(effectPercent), 1)} %`,
  checkHeading: 'Controle met één risicofactor',
  check: (factor: string, relativeRisk: number, low: number, high: number) =>
    `Alleen gewogen naar ${factor} (relatief risico ${number(relativeRisk, 2)}) komt de schatting op ${formatRange(low, high, 'count')} kinderen.`,
  validationHeading: 'Hoe goed het model is',
  validation: (
    v: { folds: number; municipalities: number; devianceExplained: number; singleFactorDevianceExplained: number; rankCorrelation: number },
    outcome: string,
    year: number,
  ) =>
    `Het model is geschat op ${outcome.charAt(0).toLowerCase()}${outcome.slice(1)} (${year}) en getoetst op gemeenten waarop het niet is geschat ` +
    `(${v.folds}-voudige kruisvalidatie over ${v.municipalities} gemeenten). Het verklaart daar ${percent(v.devianceExplained)} van de verschillen ` +
    `die het landelijke tarief niet verklaart (Poisson-deviantie), tegen ${percent(v.singleFactorDevianceExplained)} voor de controle met één factor; ` +
    `de rangcorrelatie tussen voorspelling en waarneming is ${number(v.rankCorrelation, 2)}. Jeugdbescherming is een geregistreerde uitkomst, ` +
    'geen maat voor kindermishandeling zelf: het model verdeelt het landelijke aantal, het meet het niet.',
};
