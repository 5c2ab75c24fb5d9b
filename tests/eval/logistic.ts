/**
 * Logistic regression for `npm run train:reply-models`: standardised features, L2-regularised, fitted by
 * plain gradient descent from zero (deterministic: the same data gives the same weights on any
 * machine). Written here rather than taken from a library: the whole of it is the forty lines
 * below, it runs once in a script, and no library in the registry this project already uses
 * does it without a native or Python dependency.
 */

export interface LogisticFit {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (of the standardised features), per example. */
  l2?: number;
  steps?: number;
  rate?: number;
}

export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], { l2 = 1, steps = 2000, rate = 0.2 }: FitOptions = {}): LogisticFit {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  if (n === 0 || y.length !== n) throw new Error(`fitLogistic wants as many labels as rows and at least one row, not ${n} rows and ${y.length} labels`);
  const mean = Array.from({ length: d }, (_, j) => x.reduce((sum, row) => sum + (row[j] ?? 0), 0) / n);
  // A feature that never varies gets scale 1: it standardises to 0 and its weight stays 0.
  const spread = mean.map((m, j) => Math.sqrt(x.reduce((sum, row) => sum + ((row[j] ?? 0) - m) ** 2, 0) / n));
  const scale = spread.map((s) => s || 1);
  // Rows are read by their non-zero raw values: a standardised feature is (v - mean) / scale, so
  // w·z = Σ (w/scale)·v − Σ w·mean/scale, and each weight's gradient is (Σ error·v − mean·Σ error) / scale.
  // Many features are mostly zero (a word present or not), so this is the same fit at a fraction of the work.
  const rows = x.map((row) => {
    const at: number[] = [];
    const values: number[] = [];
    row.forEach((v, j) => {
      if (v !== 0) {
        at.push(j);
        values.push(v);
      }
    });
    return { at, values };
  });
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  const perRaw = new Array<number>(d).fill(0);
  const grad = new Array<number>(d).fill(0);
  for (let step = 0; step < steps; step++) {
    let shift = 0;
    for (let j = 0; j < d; j++) {
      perRaw[j] = (weights[j] ?? 0) / (scale[j] ?? 1);
      shift += (perRaw[j] ?? 0) * (mean[j] ?? 0);
      grad[j] = 0;
    }
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      const { at, values } = rows[i] ?? { at: [], values: [] };
      let z = bias - shift;
      for (let k = 0; k < at.length; k++) z += (perRaw[at[k] ?? 0] ?? 0) * (values[k] ?? 0);
      const error = sigmoid(z) - (y[i] ?? 0);
      for (let k = 0; k < at.length; k++) grad[at[k] ?? 0] = (grad[at[k] ?? 0] ?? 0) + error * (values[k] ?? 0);
      gradBias += error;
    }
    for (let j = 0; j < d; j++) {
      // Exactly 0 for a feature that never varies (rounding would leave a trace of a weight).
      const g = spread[j] === 0 ? 0 : ((grad[j] ?? 0) - (mean[j] ?? 0) * gradBias) / (scale[j] ?? 1);
      weights[j] = (weights[j] ?? 0) - (rate * (g + l2 * (weights[j] ?? 0))) / n;
    }
    bias -= (rate * gradBias) / n;
  }
  return { mean, scale, weights, bias };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
