/**
 * Logistic regression for `npm run train:unheard`: standardised features, L2-regularised, fitted by
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
  const scale = mean.map((m, j) => Math.sqrt(x.reduce((sum, row) => sum + ((row[j] ?? 0) - m) ** 2, 0) / n) || 1);
  const z = x.map((row) => row.map((v, j) => (v - (mean[j] ?? 0)) / (scale[j] ?? 1)));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      const row = z[i] ?? [];
      const error = sigmoid(bias + dot(weights, row)) - (y[i] ?? 0);
      for (let j = 0; j < d; j++) grad[j] = (grad[j] ?? 0) + error * (row[j] ?? 0);
      gradBias += error;
    }
    for (let j = 0; j < d; j++) weights[j] = (weights[j] ?? 0) - (rate * ((grad[j] ?? 0) + l2 * (weights[j] ?? 0))) / n;
    bias -= (rate * gradBias) / n;
  }
  return { mean, scale, weights, bias };
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += (a[j] ?? 0) * (b[j] ?? 0);
  return sum;
}
