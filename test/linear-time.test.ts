// Bounded time and memory for any article: the super-linear cases fixed in loccheck's own code run in linear time;
// whatever is left (micromark's own quadratic corners) is bounded per family on a worker, with a finding.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairWithEnglish } from '../src/parse/pair-align.js';
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

/**
 * Wall time of paired mode's alignment (`pairWithEnglish`, what `--source` runs before the checks) of one translation
 * with its English, from sources: the rest of a run is the bilingual pipeline, bounded above.
 */
function pairedMs(english: string, translation: string): number {
  const t = performance.now();
  pairWithEnglish(translation, english);
  return performance.now() - t;
}

describe('paired mode (--source): alignment cases that were super-linear, now bounded (≤ 2 s + 4 s per MB of both files)', () => {
  const bound = (english: string, translation: string): number => 2000 + (4000 * (Buffer.byteLength(english) + Buffer.byteLength(translation))) / MB;
  const en = (body: string): string => `${fm('en-US')}\n${body}\n`;
  const de = (body: string): string => `${fm('de-DE')}\n${body}\n`;
  const spaces = ' '.repeat(60_000);
  it.each([
    ['one paragraph of 3,000 sentences on each side (alignSentences: full n × m tables, three times)', en('Word one. '.repeat(3000)), de('Wort eins. '.repeat(3000))],
    [
      'Thai: 390 pieces in 20 KB against 390 English sentences with numbers (cutToFit sliced and searched each piece)',
      en(Array.from({ length: 390 }, (_, i) => `Step ${i} is done.`).join(' ')),
      `${fm('th-TH')}\n${Array.from({ length: 390 }, (_, i) => `ขั้นตอนที่${i}เสร็จสิ้นแล้วเรียบร้อยดีมาก`).join(' ')}\n`,
    ],
    ['20,000 lines of `|-|` under a header row (tableRowsOf rescanned every following row)', en('| a |\n|---|\n| b |'), de(`| a |\n${'|-|\n'.repeat(20_000)}`)],
    ['a paragraph of 20,000 lines `word<br>` (each piece counted its line from the block start)', en('word<br>\n'.repeat(20_000)), de('Wort<br>\n'.repeat(20_000))],
    [
      '4,000 headings against 4,000 list items (the diff past 8M cells ran without an edit bound)',
      en(Array.from({ length: 4000 }, (_, i) => `## Heading ${i}\n`).join('\n')),
      de(Array.from({ length: 4000 }, (_, i) => `- Punkt ${i}`).join('\n')),
    ],
    ['long runs of blanks in a heading, before a line end and before a pipe (HEADING, hard break, TABLE_DELIMITER)', en('# Title\n\nText.'), de(`# a${spaces}b\n\nx${spaces}y\nz\n\n${spaces}| x\n`)],
  ])('%s', async (_name, english, translation) => {
    const ms = pairedMs(english, translation);
    expect(ms).toBeLessThan(bound(english, translation));
  }, 120_000);
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
