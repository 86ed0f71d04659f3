// What a run keeps while it finishes: no pending finding beside its final form, no links or anchors after the
// project checks (issue #21, memory at 4x).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { activeRules, finishFindings } from '../../src/engine/engine.js';
import { FindingStore, reportFindings } from '../../src/engine/finding-store.js';
import type { PendingFinding } from '../../src/engine/rules.js';
import type { ArticleSummary } from '../../src/model.js';
import { lint } from '../../src/run.js';
import { tempTrees } from '../helpers/temp-tree.js';

const tree = tempTrees('loccheck-retained-');

const summary = (path: string): ArticleSummary => ({ path, locale: 'de-DE', family: 'f', relPath: path.slice(6), root: 0, segmentCount: 1, tableCount: 0, anchors: [], localLinks: [], suppressions: [] });

const pendingAt = (path: string, line: number): PendingFinding => ({
  ruleId: 'fact-mismatch',
  messageId: 'missing',
  category: 'fact',
  severity: 'warning',
  path,
  locale: 'de-DE',
  family: 'f',
  line,
  column: 1,
  message: 'm',
  related: [],
  docsUrl: 'u',
  key: 'k  x',
  witnessOf: 9,
});

const fingerprint = (path: string, n: number): string =>
  createHash('sha256').update(`fact-mismatch\u0000f\u0000de-DE\u0000${path}\u0000k x\u0000${n}`).digest('hex').slice(0, 32);

describe('finishing a run', () => {
  it('takes the pending list over (emptied) and counts occurrences per file, in report order', () => {
    const pending = [pendingAt('de-DE/b.md', 3), pendingAt('de-DE/a.md', 9), pendingAt('de-DE/b.md', 1), pendingAt('de-DE/a.md', 2)];
    const findings = finishFindings(pending, [summary('de-DE/a.md'), summary('de-DE/b.md')], activeRules(defaultConfig));
    expect(pending).toEqual([]);
    expect(findings.map((f) => [f.path, f.line, f.fingerprint])).toEqual([
      ['de-DE/a.md', 2, fingerprint('de-DE/a.md', 0)],
      ['de-DE/a.md', 9, fingerprint('de-DE/a.md', 1)],
      ['de-DE/b.md', 1, fingerprint('de-DE/b.md', 0)],
      ['de-DE/b.md', 3, fingerprint('de-DE/b.md', 1)],
    ]);
    // Final findings only: none of the pending evidence is kept.
    for (const f of findings) expect(Object.keys(f).filter((k) => ['key', 'witness', 'witnessOf', 'inSource', 'sourceDamage', 'conventionShare'].includes(k))).toEqual([]);
  });

  it('keeps the summaries without links or anchors once the project checks used them', async () => {
    const dir = tree({
      'de-DE/a.md': '# Titel\n\nSiehe [b](b.md#fehlt) und [c](c.md).\n',
      'de-DE/b.md': '# B\n\n## Da\n',
    });
    const { report, articles } = await lint({ inputs: ['.'], cwd: dir, jobs: 0 });
    // The links were resolved: a missing anchor in b.md and a missing file c.md, on a.md line 3.
    expect(report.findings.filter((f) => f.ruleId === 'broken-link').map((f) => [f.messageId, f.path, f.line])).toEqual([
      ['missing-anchor', 'de-DE/a.md', 3],
      ['missing-file', 'de-DE/a.md', 3],
    ]);
    expect(articles.map((a) => [a.path, a.anchors.length, a.localLinks.length])).toEqual([
      ['de-DE/a.md', 0, 0],
      ['de-DE/b.md', 0, 0],
    ]);
  });

  it('keeps the findings of a run without a cache encoded until the report is written (the JSON writer reads the store)', async () => {
    const dir = tree({
      'de-DE/a.md': '# Titel\n\nSiehe [b](b.md#fehlt) und [c](c.md).\n',
      'de-DE/b.md': '# B\n\n## Da\n',
    });
    const { report } = await lint({ inputs: ['.'], cwd: dir, jobs: 0 });
    const store = reportFindings(report);
    expect(store).toBeInstanceOf(FindingStore);
    // Read twice, fresh objects each time: nothing but the encoded form is held.
    const once = [...store];
    expect([...store][0]).not.toBe(once[0]);
    expect(once).toStrictEqual(report.findings);
    expect(once.map((f) => [f.ruleId, f.path, f.line])).toEqual([
      ['broken-link', 'de-DE/a.md', 3],
      ['broken-link', 'de-DE/a.md', 3],
    ]);
  });
});
