/**
 * Poisson regression with a log link and an exposure offset, fitted by iteratively reweighted
 * least squares (IRLS), in plain TypeScript:
 *   log E[y_i] = log(exposure_i) + β0 + Σ_k β_k x_ik
 * Outcomes need not be whole numbers (a rate times its denominator): the estimating equations
 * are the quasi-Poisson ones, which give the same coefficients.
 */
export interface PoissonRow {
  /** observed count (may be fractional) */
  y: number;
  /** denominator, e.g. children aged 0-17 */
  exposure: number;
  /** covariates, without the intercept */
  x: readonly number[];
}

export interface PoissonFit {
  /** [intercept, β1, …, βk] */
  coefficients: number[];
  iterations: number;
  deviance: number;
  converged: boolean;
}

export function fitPoisson(rows: readonly PoissonRow[], maxIterations = 50, tolerance = 1e-10): PoissonFit {
  if (rows.length === 0) throw new RangeError('no rows to fit');
  const p = rows[0].x.length + 1;
  if (rows.length < p) throw new RangeError(`need at least ${p} rows for ${p} coefficients`);
  for (const row of rows) {
    if (row.x.length !== p - 1) throw new RangeError('rows have different numbers of covariates');
    if (!(row.exposure > 0) || !(row.y >= 0)) throw new RangeError('exposure must be positive and y non-negative');
  }
  const totalY = rows.reduce((s, r) => s + r.y, 0);
  const totalExposure = rows.reduce((s, r) => s + r.exposure, 0);
  let beta = [Math.log(Math.max(totalY, 1e-12) / totalExposure), ...new Array<number>(p - 1).fill(0)];
  let deviance = poissonDeviance(rows, beta);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const next = irlsStep(rows, beta);
    const nextDeviance = poissonDeviance(rows, next);
    const change = Math.abs(nextDeviance - deviance);
    beta = next;
    deviance = nextDeviance;
    if (change <= tolerance * (Math.abs(deviance) + 1)) return { coefficients: beta, iterations: iteration, deviance, converged: true };
  }
  return { coefficients: beta, iterations: maxIterations, deviance, converged: false };
}

function design(row: PoissonRow): number[] {
  return [1, ...row.x];
}

export function linearPredictor(beta: readonly number[], x: readonly number[]): number {
  return beta[0] + x.reduce((s, v, k) => s + beta[k + 1] * v, 0);
}

/** One Newton step: solve (XᵀWX) β = XᵀWz with W = μ and z = η − log(exposure) + (y − μ)/μ. */
function irlsStep(rows: readonly PoissonRow[], beta: readonly number[]): number[] {
  const p = beta.length;
  const xtwx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xtwz = new Array<number>(p).fill(0);
  for (const row of rows) {
    const eta = linearPredictor(beta, row.x);
    const mu = row.exposure * Math.exp(eta);
    const z = eta + (row.y - mu) / mu;
    const xi = design(row);
    for (let a = 0; a < p; a++) {
      xtwz[a] += xi[a] * mu * z;
      for (let b = 0; b < p; b++) xtwx[a][b] += xi[a] * mu * xi[b];
    }
  }
  return solveSymmetric(xtwx, xtwz);
}

/** Gaussian elimination with partial pivoting (the systems here are tiny). */
export function solveSymmetric(matrix: readonly number[][], vector: readonly number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (Math.abs(a[pivot][col]) < 1e-12) throw new RangeError('covariates are collinear: the model cannot be fitted');
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = a[r][col] / a[col][col];
      for (let c = col; c <= n; c++) a[r][c] -= factor * a[col][c];
    }
  }
  return a.map((row, i) => row[n] / row[i]);
}

export function poissonDeviance(rows: readonly PoissonRow[], beta: readonly number[]): number {
  return rows.reduce((sum, row) => sum + unitDeviance(row.y, row.exposure * Math.exp(linearPredictor(beta, row.x))), 0);
}

export function unitDeviance(y: number, mu: number): number {
  return 2 * ((y > 0 ? y * Math.log(y / mu) : 0) - (y - mu));
}
