/**
 * The seeded draw the real-set pickers share: the same seed and the same candidates give the same set, so a set can be
 * drawn again from the seed written in the docs.
 */

/**
 * Moves `count` of `items`, chosen by a seeded shuffle (Fisher–Yates over the first `count` places, with mulberry32 as
 * the generator), to the front of the array, in place, and returns them.
 */
export function drawFirst<T>(items: T[], count: number, seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const n = Math.min(count, items.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (items.length - i));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items.slice(0, n);
}
