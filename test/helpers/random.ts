// A seeded pseudo-random generator for property tests: the same texts on every run, so a failure can be replayed.

/** `rand(n)`: an integer in [0, n), from a linear congruential generator (its high bits: the low ones cycle fast). */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n: number): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return (state >>> 12) % n;
  };
}
