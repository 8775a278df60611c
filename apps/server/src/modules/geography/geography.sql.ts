/** SQL condition: the row with columns <alias>.valid_from / valid_to exists in classification year $n. */
export function validIn(alias: string, yearParam: string): string {
  return `(${alias}.valid_from <= ${yearParam} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= ${yearParam}))`;
}
