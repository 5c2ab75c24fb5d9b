/**
 * A small seeded generator of numbers in [0, 1) (mulberry32): integer arithmetic only, so the same
 * seed gives the same draws on every run and every machine. For the tests, the benches and the
 * eval's scripts (fuzzed text, seeded drafts, a network's first weights, bootstrap draws); never
 * for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
