import { formatNumberNl } from '@monitor/domain';

/** User-facing text of the risk profile on the municipality page (Dutch). */
export const rp = {
  heading: 'Risicoprofiel',
  intro: (name: string) =>
    `Factoren die samenhangen met kindermishandeling en huiselijk geweld in ${name}, vergeleken met de Veilig Thuis-regio, ` +
    'de provincie, gemeenten van dezelfde grootte en Nederland (gewogen gemiddelden). Elk cijfer staat met het jaar waarop het betrekking heeft.',
  chartTitle: (name: string) => `Staafdiagram: risicofactoren van ${name} als index (Nederland = 100)`,
  description: (name: string) =>
    `Per risicofactor de waarde van ${name} ten opzichte van het landelijke gemiddelde (100 = gelijk aan Nederland). ` +
    'De waarden en vergelijkingen staan ook in de tabel hieronder.',
  axis: 'Index (Nederland = 100)',
  caption: (name: string) => `Risicoprofiel van ${name} met vergelijkingen`,
  columnFactor: 'Risicofactor',
  columnHere: 'Gemeente',
  columnYear: 'Jaar',
  comparison: {
    VEILIG_THUIS_REGION: 'Veilig Thuis-regio',
    PROVINCE: 'Provincie',
    SIZE_CLASS: 'Zelfde grootteklasse',
    NETHERLANDS: 'Nederland',
  } as Record<string, string>,
  missing: 'ontbreekt',
  withheld: 'niet getoond',
  value: (value: number) => formatNumberNl(value, 1),
  index: (value: number) => formatNumberNl(value, 0),
  sizeClass: (size: string) => `Grootteklasse: ${size}.`,
  inModel: ' (in het model)',
  notes: 'Een ontbrekend cijfer is niet gepubliceerd; het is nooit nul. Niet getoond: zie de toelichting bij de schatting.',
};
