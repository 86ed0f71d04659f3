// Bounded time and memory for any article: the super-linear cases fixed in loccheck's own code run in linear time;
// whatever is left (micromark's own quadratic corners) is bounded per family on a worker, with a finding.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/run.js';
import { fm, pair } from './helpers/check-tester.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-linear-');
const MB = 1024 * 1024;

/** Wall time of a run over one article, from sources on the main thread (no time limit applies there). */
async function inlineMs(text: string): Promise<number> {
  const dir = tree({ 'de-DE/a.md': text });
  const t = performance.now();
  await lint({ inputs: ['.'], cwd: dir, jobs: 0 });
  return performance.now() - t;
}

describe('cases that were super-linear in loccheck, now linear (≤ 2 s + 4 s per MB, from sources, on a loaded 2-core machine)', () => {
  const bound = (text: string): number => 2000 + (4000 * Buffer.byteLength(text)) / MB;
  it.each([
    ['100,000 "]" (GFM potential footnote call walked back at every "]")', `${fm('de-DE')}\n${']'.repeat(100_000)}\n`],
    [
      '2,000 headings and 2,000 links to missing anchors (broken-link "did you mean" compared every pair)',
      `${fm('de-DE')}\n${Array.from({ length: 2000 }, (_, i) => `## heading number ${i}\n\n`).join('')}${Array.from({ length: 2000 }, (_, i) => `[x](#missing-anchor-${i})\n`).join('')}`,
    ],
    [
      'one segment with 1,600 links on each side, none alike (link-mismatch made each URL locale-neutral once per pair)',
      `${fm('de-DE')}\n${pair('a-1', Array.from({ length: 1600 }, (_, i) => `[t](https://learn.microsoft.com/de-de/x/${i})`).join(' '), Array.from({ length: 1600 }, (_, i) => `[t](https://learn.microsoft.com/en-us/y/${i})`).join(' '))}\n`,
    ],
    [
      'one line of 20,000 segments, each with a finding (segmentAt walked the line)',
      `${fm('de-DE')}\n${Array.from({ length: 20_000 }, (_, i) => pair(`a-${i}`, 'Version 1.2.3', 'Version 1.2.4')).join(' ')}\n`,
    ],
  ])('%s', async (_name, text) => {
    const ms = await inlineMs(text);
    expect(ms).toBeLessThan(bound(text));
  }, 60_000);
});

describe('any article, random or adversarial, up to 1 MB: bounded time and heap on a worker', () => {
  // Constructs that micromark or the HTML parser handle in super-linear time or deep recursion, and plain text.
  const pieces = ['[x](y)', '*a', '_a', '[', ']', '![', '- ', '> ', '`a', '<span>', '<a ', '\\', '&amp;', '1.', '|', '~~', 'http://x.y ', 'x', ' ', '\n', '\n\n'];
  const nestedList = (levels: number): string => Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- x\n`).join('');
  const article = fc
    .record({
      piece: fc.constantFrom(...pieces),
      other: fc.constantFrom(...pieces),
      bytes: fc.integer({ min: 1_000, max: MB }),
      mode: fc.constantFrom('repeat', 'mix', 'nested-list', 'pairs'),
      seed: fc.integer({ min: 0, max: 1000 }),
    })
    .map(({ piece, other, bytes, mode, seed }) => {
      let body: string;
      if (mode === 'repeat') body = piece.repeat(Math.ceil(bytes / piece.length));
      else if (mode === 'mix') body = Array.from({ length: Math.ceil(bytes / (piece.length + other.length)) }, (_, i) => ((i * 7 + seed) % 3 === 0 ? other : piece)).join('');
      else if (mode === 'nested-list') body = nestedList(Math.floor(Math.sqrt(bytes)));
      else body = Array.from({ length: Math.ceil(bytes / 120) }, (_, i) => pair(`p-${i}`, `${piece}Text ${i}${other}`, `Text ${i}`)).join(seed % 2 ? ' ' : '\n');
      return `${fm('de-DE')}\n${body.slice(0, bytes)}\n`;
    });

  it('each run finishes within 3 × (1 s + 1 s per MB) + 6 s and reports the file (a finding if a bound was hit)', async () => {
    // Workers need the compiled worker (dist/, built by `npm run build`).
    const compiled = (await import(pathToFileURL(path.resolve('dist/run.js')).href)) as typeof import('../src/run.js');
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        const dir = tree({ 'de-DE/a.md': text, 'fr-FR/a.md': `${fm('fr-FR')}\n${pair('b-1', 'Bonjour', 'Hello')}\n` });
        const t = performance.now();
        const r = await compiled.lint({ inputs: ['.'], cwd: dir, timeLimit: { baseMs: 1000, msPerMB: 1000 }, workerMemoryMb: 512 });
        const ms = performance.now() - t;
        expect(r.report.summary.files).toBe(2);
        expect(ms).toBeLessThan(3 * (1000 + (1000 * Buffer.byteLength(text)) / MB) + 6000);
      }),
      { numRuns: 5, seed: 17 },
    );
  }, 180_000);
});
