/**
 * A small neural network for `npm run train:key-terms`: a logistic regression over dense features
 * and sparse word stems, plus one hidden layer of rectified units over the dense features (a
 * "wide and deep" model). The hidden layer reads what a sum of weights cannot: that a position late
 * in the message means one thing for a time and another for a symptom, that a question matters for
 * a request and not for a code. Fitted by Adam on mini-batches with an L2 penalty, from a seeded
 * start in a fixed order: the same data gives the same weights at every run (on one version of
 * Node.js: its Math.exp and Math.cos may differ in the last bit from another's).
 *
 * Written here rather than taken from a library: it is some 150 lines, runs in a script, and
 * the network libraries of the registry (TensorFlow.js, brain.js) bring native or GPU builds and
 * megabytes for a model of about 1,500 weights. The engine only reads the result
 * (lib/listening/key-term-model.ts).
 */
import type { HiddenUnit } from '../../lib/listening/key-term-model';
import { sigmoid } from './logistic';
import { seededRandom } from '../seeded-random';

export interface NetworkOptions {
  hidden: number;
  epochs: number;
  rate: number;
  batch: number;
  /** L2 penalty on every weight (not the biases), per batch. */
  l2: number;
  seed: number;
}

export interface NetworkRows {
  /** Dense features, one row per example. */
  dense: readonly (readonly number[])[];
  /** The sparse features of each example: the indices (below `sparseSize`) whose value is 1. */
  sparse: readonly (readonly number[])[];
  sparseSize: number;
  y: readonly number[];
}

/** The fit, per unit of each raw feature (the standardisation of the dense features folded in). */
export interface NetworkFit {
  dense: number[];
  sparse: number[];
  hidden: HiddenUnit[];
  bias: number;
}

export const NETWORK: NetworkOptions = { hidden: 16, epochs: 15, rate: 0.003, batch: 128, l2: 1e-4, seed: 1 };

export function fitNetwork({ dense, sparse, sparseSize, y }: NetworkRows, options: NetworkOptions = NETWORK): NetworkFit {
  const n = dense.length;
  const d = dense[0]?.length ?? 0;
  if (n === 0 || y.length !== n || sparse.length !== n) throw new Error(`fitNetwork wants as many labels and sparse rows as dense rows, and at least one, not ${n}, ${y.length} and ${sparse.length}`);
  const { hidden: h, epochs, rate, batch, l2 } = options;
  const random = seededRandom(options.seed);
  // Standardised dense features: a feature that never varies gets scale 1 and stays at 0.
  const mean = new Float64Array(d);
  const scale = new Float64Array(d).fill(1);
  for (const row of dense) for (let j = 0; j < d; j++) mean[j] = mean[j]! + (row[j] ?? 0) / n;
  const spread = new Float64Array(d);
  for (const row of dense) for (let j = 0; j < d; j++) spread[j] = spread[j]! + ((row[j] ?? 0) - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) if (spread[j]! > 0) scale[j] = Math.sqrt(spread[j]!);
  const x = dense.map((row) => Float64Array.from(row, (v, j) => (v - mean[j]!) / scale[j]!));

  // Parameters, one flat array: the hidden weights (h × d), hidden biases (h), outputs (h), the
  // linear dense weights (d), the sparse weights, the bias.
  const W1 = 0;
  const B1 = h * d;
  const V = B1 + h;
  const WD = V + h;
  const WS = WD + d;
  const B = WS + sparseSize;
  const size = B + 1;
  const p = new Float64Array(size);
  for (let k = 0; k < h * d; k++) p[W1 + k] = normal(random) * Math.sqrt(2 / Math.max(1, d));
  for (let u = 0; u < h; u++) p[V + u] = normal(random) * Math.sqrt(1 / h);
  const penalised = (k: number): boolean => k < B1 || (k >= V && k < B);
  const grad = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const activation = new Float64Array(h);
  const order = Array.from({ length: n }, (_, i) => i);
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (let from = 0; from < n; from += batch) {
      grad.fill(0);
      const to = Math.min(n, from + batch);
      for (let b = from; b < to; b++) {
        const i = order[b]!;
        const row = x[i]!;
        let z = p[B]!;
        for (let u = 0; u < h; u++) {
          let a = p[B1 + u]!;
          for (let j = 0; j < d; j++) a += p[W1 + u * d + j]! * row[j]!;
          activation[u] = a > 0 ? a : 0;
          z += p[V + u]! * activation[u]!;
        }
        for (let j = 0; j < d; j++) z += p[WD + j]! * row[j]!;
        for (const s of sparse[i]!) z += p[WS + s]!;
        const error = (sigmoid(z) - y[i]!) / (to - from);
        grad[B] = grad[B]! + error;
        for (let j = 0; j < d; j++) grad[WD + j] = grad[WD + j]! + error * row[j]!;
        for (const s of sparse[i]!) grad[WS + s] = grad[WS + s]! + error;
        for (let u = 0; u < h; u++) {
          grad[V + u] = grad[V + u]! + error * activation[u]!;
          if (activation[u]! <= 0) continue;
          const back = error * p[V + u]!;
          grad[B1 + u] = grad[B1 + u]! + back;
          for (let j = 0; j < d; j++) grad[W1 + u * d + j] = grad[W1 + u * d + j]! + back * row[j]!;
        }
      }
      t++;
      const fix1 = 1 - 0.9 ** t;
      const fix2 = 1 - 0.999 ** t;
      for (let k = 0; k < size; k++) {
        const g = grad[k]! + (penalised(k) ? l2 * p[k]! : 0);
        m[k] = 0.9 * m[k]! + 0.1 * g;
        v[k] = 0.999 * v[k]! + 0.001 * g * g;
        p[k] = p[k]! - (rate * (m[k]! / fix1)) / (Math.sqrt(v[k]! / fix2) + 1e-8);
      }
    }
  }

  // Per raw unit: w·(x − mean)/scale = (w/scale)·x − w·mean/scale, the second part into the bias.
  const raw = (at: number): { weights: number[]; shift: number } => {
    const weights = Array.from({ length: d }, (_, j) => p[at + j]! / scale[j]!);
    return { weights, shift: weights.reduce((sum, w, j) => sum + w * mean[j]!, 0) };
  };
  const linear = raw(WD);
  return {
    dense: linear.weights,
    sparse: Array.from(p.subarray(WS, WS + sparseSize)),
    hidden: Array.from({ length: h }, (_, u) => {
      const unit = raw(W1 + u * d);
      return { weights: unit.weights, bias: p[B1 + u]! - unit.shift, output: p[V + u]! };
    }),
    bias: p[B]! - linear.shift,
  };
}

/** A standard normal number (Box–Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const k = Math.floor(random() * (i + 1));
    [order[i], order[k]] = [order[k]!, order[i]!];
  }
}
