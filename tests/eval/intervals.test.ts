import { describe, expect, it } from 'vitest';
import { bootstrapInterval, clusterOf, wilsonInterval } from './intervals';

describe('intervals by resampling whole clusters', () => {
  it('is the same on every run (seeded) and holds the point estimate', () => {
    const clusters = Array.from({ length: 30 }, (_, i) => ({ hits: 8 + (i % 3), of: 10 }));
    const interval = bootstrapInterval(clusters);
    expect(interval).toEqual(bootstrapInterval(clusters));
    const [low, high] = interval ?? [0, 0];
    const estimate = clusters.reduce((s, c) => s + c.hits, 0) / clusters.reduce((s, c) => s + c.of, 0);
    expect(low).toBeLessThanOrEqual(estimate);
    expect(high).toBeGreaterThanOrEqual(estimate);
    expect(high - low).toBeGreaterThan(0);
  });

  it('resamples clusters, not rows: two sets that disagree wholly leave the ratio wide open', () => {
    // Row by row this is 10 of 20 with a narrow interval around 0.5; as two writers' sets, a draw
    // can hold the first set twice (ratio 1) or the second twice (ratio 0), each a quarter of the time.
    expect(bootstrapInterval([{ hits: 10, of: 10 }, { hits: 0, of: 10 }])).toEqual([0, 1]);
  });

  it('narrows as more clusters say the same', () => {
    const width = (n: number): number => {
      const [low, high] = bootstrapInterval(Array.from({ length: n }, (_, i) => ({ hits: i % 2 === 0 ? 9 : 7, of: 10 }))) ?? [0, 1];
      return high - low;
    };
    expect(width(100)).toBeLessThan(width(10));
  });

  it('counts a cluster with nothing to count as a place in each draw', () => {
    // Sets where the category shows nothing are sets of the sample all the same: a draw that
    // takes them takes fewer of the others, so the ratio rests on fewer sets and varies more.
    const full = Array.from({ length: 10 }, (_, i) => ({ hits: i % 2 === 0 ? 9 : 5, of: 10 }));
    const withEmpty = [...full, ...Array.from({ length: 30 }, () => ({ hits: 0, of: 0 }))];
    const width = (clusters: typeof full): number => {
      const [low, high] = bootstrapInterval(clusters) ?? [0, 0];
      return high - low;
    };
    expect(width(withEmpty)).toBeGreaterThan(width(full));
  });

  it('is not certain where every hint shown was right: a few rows say little', () => {
    // Every draw of 3 right of 3 is right: the bootstrap alone would say 1.00–1.00.
    const [low, high] = bootstrapInterval([{ hits: 1, of: 1 }, { hits: 2, of: 2 }]) ?? [1, 1];
    expect(low).toBeCloseTo(0.44, 2);
    expect(high).toBe(1);
    const [manyLow] = bootstrapInterval(Array.from({ length: 100 }, () => ({ hits: 3, of: 3 }))) ?? [1, 1];
    expect(manyLow).toBeGreaterThan(0.98);
  });

  it('has no interval where nothing was counted', () => {
    expect(bootstrapInterval([{ hits: 0, of: 0 }])).toBeNull();
    expect(bootstrapInterval([])).toBeNull();
  });

  it('gives the Wilson interval of independent trials', () => {
    const [low, high] = wilsonInterval(8, 10);
    expect(low).toBeCloseTo(0.49, 2);
    expect(high).toBeCloseTo(0.943, 2);
  });

  it('puts a written set together and each real row alone', () => {
    expect(clusterOf('team-email41-A-07')).toBe('team-email41-A');
    expect(clusterOf('team-email41-A-08')).toBe('team-email41-A');
    expect(clusterOf('bsr-030')).toBe('bsr-030');
    expect(clusterOf('bsr-031')).toBe('bsr-031');
  });
});
