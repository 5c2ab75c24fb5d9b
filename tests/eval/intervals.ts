/**
 * How sure a figure of `npm run eval` is: a 95% interval for a ratio (precision, recall) by the
 * percentile bootstrap over whole clusters of rows. Rows of one e-mail set share a writer and two
 * labellers, so they are not independent: resampling single rows would give intervals far too
 * narrow (one writer's habit counts forty times). Each real row (from the shared corpus of public
 * replies) has its own author, so it is its own cluster (clusterOf). The draws are seeded: the
 * same data prints the same interval on every run and every machine.
 *
 * Written here rather than taken from a library: the whole of it is the forty lines below, it runs
 * only in the eval script, and it resamples clusters, which the small bootstrap packages do not.
 */
import { writerOf } from './eval-data';
import { seededRandom } from '../seeded-random';

/** A ratio's counts in one cluster: `hits` of `of` (right of shown, found of deserved). */
export interface Counts {
  hits: number;
  of: number;
}

export const RESAMPLES = 2000;

/**
 * Which rows are resampled together: a written set's rows ("team-email41-A-07": one writer, the
 * same labellers), or a real row ("bsr-030") alone.
 */
export function clusterOf(id: string): string {
  return id.startsWith('team-') ? writerOf(id) : id;
}

/**
 * The 2.5th and 97.5th percentiles of the ratio Σhits / Σof over clusters drawn with replacement,
 * as many as there are, widened to the Wilson score interval of the summed counts where that is
 * wider; null when no cluster counts anything (the ratio is not defined). A draw whose clusters
 * count nothing is left out, as the ratio is not defined for it.
 *
 * Why widened: where every hint shown was right (3 of 3, or 261 of 261) every draw is right too,
 * and the bootstrap alone would say 1.00–1.00. The Wilson interval says what so few rows can
 * (3 of 3: 0.44–1.00); elsewhere the clusters make the bootstrap the wider one.
 */
export function bootstrapInterval(clusters: readonly Counts[], resamples = RESAMPLES, seed = 20261204): [number, number] | null {
  const hitsTotal = clusters.reduce((sum, c) => sum + c.hits, 0);
  const ofTotal = clusters.reduce((sum, c) => sum + c.of, 0);
  if (ofTotal === 0) return null;
  // Clusters that count nothing still take a place in each draw: leaving them out would narrow the interval.
  const n = clusters.length;
  const random = seededRandom(seed);
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let hits = 0;
    let of = 0;
    for (let k = 0; k < n; k++) {
      const c = clusters[Math.floor(random() * n)];
      if (!c) continue;
      hits += c.hits;
      of += c.of;
    }
    if (of > 0) ratios.push(hits / of);
  }
  ratios.sort((a, b) => a - b);
  const [low, high] = wilsonInterval(hitsTotal, ofTotal);
  return [Math.min(low, percentile(ratios, 0.025)), Math.max(high, percentile(ratios, 0.975))];
}

/** The 95% Wilson score interval of `hits` of `of` independent trials. */
export function wilsonInterval(hits: number, of: number): [number, number] {
  const z = 1.959964;
  const p = hits / of;
  const centre = (p + (z * z) / (2 * of)) / (1 + (z * z) / of);
  const half = (z * Math.sqrt((p * (1 - p)) / of + (z * z) / (4 * of * of))) / (1 + (z * z) / of);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The p-th percentile of sorted values, by the nearest rank. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
