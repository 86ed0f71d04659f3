// The scratch file of a cold run (issue #21, memory at 4x): the summaries' local links wait on disk for the project
// checks, and the findings are those of a run that kept them in memory.
import { readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withLinksElsewhere } from '../../src/engine/scopes.js';
import { openSpill } from '../../src/io/spill.js';
import type { ArticleSummary, SummaryLink } from '../../src/model.js';
import { tempTrees } from '../helpers/temp-tree.js';

const tree = tempTrees('loccheck-spill-test-');

/** Where this process's open descriptors point (Linux). */
const openFiles = (): string[] =>
  readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      return [readlinkSync(`/proc/self/fd/${fd}`)];
    } catch {
      return [];
    }
  });

describe('openSpill', () => {
  it('gives back the bytes appended, at the positions it returned', () => {
    const spill = openSpill();
    const a = spill.append(new Uint8Array([1, 2, 3]));
    const b = spill.append(new Uint8Array([9, 8]));
    expect([a, b]).toEqual([0, 3]);
    expect([...spill.read(b, 2)]).toEqual([9, 8]);
    expect([...spill.read(a + 1, 3)]).toEqual([2, 3, 9]);
    expect(() => spill.read(4, 2)).toThrow(/1 bytes short/);
    spill.close();
    spill.close();
  });

  it.runIf(process.platform === 'linux')('leaves nothing in the temp folder: the file is unlinked while open, and closed by close()', () => {
    const spill = openSpill();
    const mine = openFiles().filter((f) => f.includes(`${path.sep}loccheck-`) && f.endsWith('spill.bin (deleted)'));
    expect(mine).toHaveLength(1);
    spill.close();
    expect(openFiles()).not.toContain(mine[0]);
  });
});

describe('withLinksElsewhere', () => {
  it('reads the links each time they are asked for, and keeps the rest of the summary', () => {
    const links: SummaryLink[] = [{ url: 'b.md', kind: 'link', line: 3, column: 5 }];
    let reads = 0;
    const base: ArticleSummary = { path: 'de-DE/a.md', locale: 'de-DE', family: 'a.md', relPath: 'a.md', root: 0, segmentCount: 2, tableCount: 0, anchors: ['titel'], localLinks: [], suppressions: [] };
    const s = withLinksElsewhere(base, () => {
      reads++;
      return links;
    });
    expect(reads).toBe(0);
    expect(s.localLinks).toEqual(links);
    expect(s.localLinks).toEqual(links);
    expect(reads).toBe(2);
    expect({ ...s, localLinks: [] }).toEqual(base);
  });
});

describe.runIf(process.platform === 'linux')('a cold run on a worker (dist/)', () => {
  it('finds the broken links the scratch file held, and no others, as a run on the main thread does', async () => {
    const { lint } = (await import(pathToFileURL(path.resolve('dist/run.js')).href)) as typeof import('../../src/run.js');
    const dir = tree({
      'de-DE/a.md': '# Titel\n\nSiehe [b](b.md#fehlt) und [c](c.md).\n\nUnd [da](b.md#da).\n',
      'de-DE/b.md': '# B\n\n## Da\n\nZurück zu [a](a.md#titel).\n',
    });
    const onWorker = await lint({ inputs: ['.'], cwd: dir, jobs: 1 });
    const inline = await lint({ inputs: ['.'], cwd: dir, jobs: 0 });
    const broken = (r: typeof onWorker): unknown[] => r.report.findings.filter((f) => f.ruleId === 'broken-link').map((f) => [f.messageId, f.path, f.line, f.column]);
    // Positive: the missing anchor and the missing file on a.md line 3; negative: a.md line 5 and b.md resolve.
    expect(broken(onWorker)).toEqual([
      ['missing-anchor', 'de-DE/a.md', 3, 7],
      ['missing-file', 'de-DE/a.md', 3, 27],
    ]);
    const strip = (r: typeof onWorker): unknown => ({ ...r.report, summary: { ...r.report.summary, durationMs: 0 } });
    expect(strip(onWorker)).toEqual(strip(inline));
    expect(onWorker.articles.map((a) => a.localLinks.length)).toEqual([0, 0]);
  }, 30_000);
});
