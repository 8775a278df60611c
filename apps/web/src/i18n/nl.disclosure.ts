import type { DisclosureHiddenReason } from '../gql/__generated__/graphql';

const number = new Intl.NumberFormat('nl-NL');

/** User-facing text of Beheer → Openbaarmaking. */
export const nlDisclosure = {
  navLabel: 'Openbaarmaking',
  title: 'Openbaarmaking',
  intro:
    'Welke cijfers de monitor niet publiceert en waarom. Per tabel: hoeveel cijfers gepubliceerd zijn, hoeveel verborgen om kleine aantallen te beschermen (primair), hoeveel extra verborgen zodat ze niet via optellingen terug te rekenen zijn (secundair), en de kleinste intervalbreedte die de controle (het lineaire programma van een aanvaller) voor een verborgen cijfer vindt.',
  statistics: {
    title: 'Veilig Thuis-cijfers (CBS)',
    settings: (level: number, base: number, minimum: number) =>
      `Aantallen worden afgerond op veelvouden van ${base} en onder de ${minimum} verborgen. Elk verborgen aantal moet voor een aanvaller minstens ${level} breed blijven.`,
    computed: (when: string, relations: number, rounds: number) =>
      `Berekend op ${when} over ${number.format(relations)} optelrelaties, in ${rounds} controleronde${rounds === 1 ? '' : 's'}.`,
    notComputed: 'De bescherming is nog niet berekend.',
    unprotected: (n: number) => `Let op: ${n} verborgen ${n === 1 ? 'cijfer is' : 'cijfers zijn'} niet voldoende te beschermen.`,
    allProtected: 'Alle verborgen aantallen voldoen aan de beschermingseis.',
    summaryCaption: 'Openbaarmaking per CBS-tabel',
    columns: {
      table: 'Tabel',
      cells: 'Cijfers',
      published: 'Gepubliceerd',
      primary: 'Verborgen (primair)',
      secondary: 'Verborgen (secundair)',
      source: 'Geheim bij CBS',
      derived: 'Percentages verborgen',
      width: 'Kleinste intervalbreedte',
    },
    noWidth: 'geen begrensd interval',
    hiddenTitle: (tableId: string) => `Verborgen cijfers in ${tableId}`,
    hiddenCaption: (tableId: string, n: number) => `Verborgen cijfers in ${tableId} (${number.format(n)})`,
    noneHidden: 'In deze tabel is niets verborgen.',
    hiddenColumns: {
      measure: 'Maat',
      category: 'Categorie',
      region: 'Regio',
      period: 'Periode',
      reason: 'Reden',
      interval: 'Interval voor een aanvaller',
    },
    interval: (lower: number | null, upper: number | null) =>
      lower === null
        ? 'niet van toepassing'
        : upper === null
          ? `${number.format(lower)} of meer (onbegrensd)`
          : `${number.format(lower)} tot en met ${number.format(upper)}`,
    reasons: {
      PRIMARY: 'primair: klein aantal',
      SECONDARY: 'secundair: zou een ander verborgen aantal verraden',
      SOURCE: 'geheim of onbekend bij CBS',
      DERIVED: 'percentage: teller of noemer niet gepubliceerd',
    } satisfies Record<DisclosureHiddenReason, string>,
  },
  number: (n: number) => number.format(n),
};
