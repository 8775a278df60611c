/**
 * Expected versus observed youth care per district, in the spirit of the SCP "verwacht gebruik"
 * model (research notes §3.1, [S10][S11]). The SCP model itself is fitted on CBS microdata with
 * more determinants and cannot be refitted from what is public. What is public per district is the
 * SCP wijk file 2017: four determinants and the observed share of young people with youth care
 * without accommodation. This module refits a plain linear model on those: observed share =
 * b0 + Σ b·determinant, by ordinary least squares over all districts that have all five values,
 * each district weighing the same (the file has no population per district). The expected value
 * of a district is the model's prediction; observed / expected > 1 means more use than districts
 * with the same determinants have on average.
 */
export const EXPECTED_USE_DETERMINANTS = [
  'scp_pct_eenouderhuishoudens',
  'scp_pct_hh_met_kinderen_met_bijstand',
  'scp_pct_laag_opgeleid',
  'scp_pct_niet_westers',
] as const;
export const EXPECTED_USE_OUTCOME = 'scp_pct_jeugdhulp_zonder_verblijf';

export const EXPECTED_USE_METHOD =
  'Kleinste-kwadratenregressie over alle wijken van 2017 met een gepubliceerde waarde: het aandeel jongeren met jeugdhulp zonder verblijf ' +
  'verklaard uit het aandeel eenouderhuishoudens, huishoudens met kinderen in de bijstand, laagopgeleiden en inwoners met een niet-westerse ' +
  'migratieachtergrond (SCP, Jeugdhulp in de wijk). Dit is een eenvoudige hernieuwde schatting, niet het SCP-model zelf: dat gebruikt meer ' +
  'kenmerken en microdata van CBS, die niet openbaar zijn.';

export interface LinearModel {
  /** intercept first, then one coefficient per determinant */
  coefficients: number[];
  /** share of variance explained (0-1) */
  rSquared: number;
  fittedOn: number;
}

/** Solves A·x = b by Gaussian elimination with partial pivoting; throws when A is singular. */
export function solveLinearSystem(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) < 1e-12) throw new RangeError('singular system');
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= factor * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** Ordinary least squares with an intercept, via the normal equations. */
export function fitLinearModel(rows: readonly { x: readonly number[]; y: number }[]): LinearModel {
  const k = rows[0]?.x.length ?? 0;
  if (rows.length <= k + 1) throw new RangeError('too few rows to fit the model');
  const design = rows.map((r) => [1, ...r.x]);
  const xtx = Array.from({ length: k + 1 }, (_, i) => Array.from({ length: k + 1 }, (_, j) => design.reduce((s, d) => s + d[i] * d[j], 0)));
  const xty = Array.from({ length: k + 1 }, (_, i) => design.reduce((s, d, r) => s + d[i] * rows[r].y, 0));
  const coefficients = solveLinearSystem(xtx, xty);
  const mean = rows.reduce((s, r) => s + r.y, 0) / rows.length;
  const total = rows.reduce((s, r) => s + (r.y - mean) ** 2, 0);
  const residual = rows.reduce((s, r) => s + (r.y - predict(coefficients, r.x)) ** 2, 0);
  return { coefficients, rSquared: total > 0 ? 1 - residual / total : 0, fittedOn: rows.length };
}

export function predict(coefficients: readonly number[], x: readonly number[]): number {
  return x.reduce((sum, value, i) => sum + coefficients[i + 1] * value, coefficients[0]);
}

/** The determinants and outcome of a district in model order; null when any is missing. */
export function expectedUseRow(values: ReadonlyMap<string, number>): { x: number[]; y: number | null } | null {
  const x = EXPECTED_USE_DETERMINANTS.map((key) => values.get(key));
  if (x.some((v) => v === undefined)) return null;
  return { x: x as number[], y: values.get(EXPECTED_USE_OUTCOME) ?? null };
}
