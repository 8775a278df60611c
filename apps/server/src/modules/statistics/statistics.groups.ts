/**
 * When several tables hold the same measure for a region and period, the most specific one wins:
 * the per-municipality tables first, the news summary last.
 */
export const TABLE_PREFERENCE = ['84849NED', '84851NED', '85361NED', '84848NED', '84852NED', 'NIEUWS'];
