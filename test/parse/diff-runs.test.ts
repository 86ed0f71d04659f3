// diffRuns: one walk over a jsdiff array diff for paired mode's long-article alignment and the checks' source alignment.
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../src/parse/diff-runs.js';

describe('diffRuns', () => {
  it('equal runs, a removal with the addition after it as one replaced run, an addition alone as a replaced run of nothing', () => {
    const runs = diffRuns(diffArrays(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'y', 'd']));
    expect(runs).toEqual([
      { equal: true, i: 0, j: 0, count: 1 },
      { equal: false, i: 1, j: 1, removed: 1, added: 1 },
      { equal: true, i: 2, j: 2, count: 1 },
      { equal: false, i: 3, j: 3, removed: 0, added: 1 },
      { equal: true, i: 3, j: 4, count: 1 },
    ]);
  });
});
