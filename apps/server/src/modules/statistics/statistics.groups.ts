/**
 * When several tables hold the same measure for a region and period, the most specific one wins:
 * the per-municipality tables first, the news summary last.
 */
export const TABLE_PREFERENCE = ['84849NED', '84851NED', '85361NED', '84848NED', '84852NED', 'NIEUWS'];

/**
 * Measures of one table that add up (total = sum of mutually exclusive parts). Only these get
 * secondary suppression; most Veilig Thuis categories overlap (totals, subtotals, role versus
 * organisation) and must never be summed.
 */
export const ADDITIVE_GROUPS: { tableId: string; total: string; parts: string[] }[] = [
  {
    tableId: '85361NED',
    total: 'vervolgmelding_totaal',
    parts: ['vervolgmelding_tijdens_veiligheidsbeoordeling', 'vervolgmelding_na_veiligheidsbeoordeling', 'vervolgmelding_tijdens_monitoring'],
  },
];
