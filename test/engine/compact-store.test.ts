// The compact forms a run keeps between its analysis and its written report (issue #21, memory at 4x): the codec
// gives back exactly what it was given, the store reads back findings in report order, finishing family by family
// gives what finishing the whole run at once gives, and what is kept stays encoded (not objects).
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { CompactCodec } from '../../src/engine/compact.js';
import { type ActiveRule, activeRules, checkProject, finishFindings } from '../../src/engine/engine.js';
import type { ProjectCheck } from '../../src/checks/types.js';
import { FindingStore, findingCount, makeStoredReport, reportFindings, severityCounts } from '../../src/engine/finding-store.js';
import { finishFamilies } from '../../src/engine/finish.js';
import { LinkReader, keepCompact, keepPlain } from '../../src/engine/kept.js';
import { ProjectFindings, unitsByPath } from '../../src/engine/project-findings.js';
import type { PendingFinding } from '../../src/engine/rules.js';
import { makeReport } from '../../src/engine/summary.js';
import type { ArticleSummary, Finding } from '../../src/model.js';
import { formatJson } from '../../src/report/json.js';

describe('CompactCodec', () => {
  it('gives back exactly the plain data it was given: values, key order, undefined keys, shared strings', () => {
    const codec = new CompactCodec();
    const value = {
      s: 'über ✓ 日本語 \u0000 end',
      empty: '',
      n: [0, 1, -1, 2147483647, -2147483648, 2147483648, 0.5, -0, 1e300, Number.MAX_SAFE_INTEGER],
      b: [true, false, null],
      u: undefined,
      nested: { z: 1, a: { y: [], x: {} }, m: 'über ✓ 日本語 \u0000 end' },
      list: [{ a: 1, b: 'x' }, { b: 'x', a: 1 }, { a: 2 }],
    };
    const back = codec.decode<typeof value>(codec.encode(value));
    expect(back).toStrictEqual(value);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    expect(Object.keys(back)).toEqual(Object.keys(value));
    expect(Object.keys(back.list[1] as object)).toEqual(['b', 'a']);
    expect('u' in back).toBe(true);
    expect(Object.is(back.n[7], -0)).toBe(true);
    // Equal strings come back as one.
    expect(back.nested.m).toBe(back.s);
    // Deflated, the same.
    const deflating = new CompactCodec(true);
    expect(deflating.decode(deflating.encode(value))).toStrictEqual(value);
  });

  it('refuses what is not plain data (it would not come back as it went in)', () => {
    const codec = new CompactCodec();
    expect(() => codec.encode({ m: new Map() })).toThrow(/not plain data/);
    expect(() => codec.encode([new Date(0)])).toThrow(/not plain data/);
  });

  it('decodes a buffer with the codec that made it, whatever it encoded since (shapes are the codec’s)', () => {
    const codec = new CompactCodec();
    const first = codec.encode([{ a: 1 }]);
    codec.encode([{ b: 2, c: 3 }, { d: 4 }]);
    expect(codec.decode(first)).toEqual([{ a: 1 }]);
  });
});

const finding = (path: string, line: number, ruleId: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  messageId: 'm',
  category: 'fact',
  severity: 'warning',
  path,
  locale: path.slice(0, 5),
  family: `fam-${path.slice(6)}`,
  line,
  column: 1,
  message: `${ruleId} at ${line}`,
  related: [],
  origin: 'translation',
  fingerprint: `${path}:${line}`,
  docsUrl: 'u',
  ...extra,
});

describe('FindingStore', () => {
  // Two families, each list in report order; the report orders files across families.
  const familyA = [finding('de-DE/a.md', 1, 'z-check'), finding('de-DE/a.md', 5, 'a-check', { severity: 'error' }), finding('fr-FR/a.md', 2, 'a-check', { origin: 'source' })];
  const familyB = [finding('de-DE/B.md', 3, 'b-check', { locale: 'xx' }), finding('es-ES/b.md', 1, 'z-check', { fix: { type: 'mangled', line: 1, column: 1, endColumn: 2, old: 'a', text: 'b', spanLine: 1, spanColumn: 1, sourceLine: 1, sourceColumn: 5 } })];
  const inOrder = [familyA[0], familyA[1], familyB[0], familyB[1], familyA[2]] as Finding[];

  for (const codec of [undefined, new CompactCodec(), new CompactCodec(true)]) {
    it(`reads back every finding in report order, files merged across families ${codec ? '(encoded)' : '(as lists)'}`, () => {
      const store = new FindingStore(codec);
      store.add(familyA);
      store.add(familyB);
      expect(store.size).toBe(5);
      expect([...store]).toStrictEqual(inOrder);
      // The counts are those of one pass over the findings in order: checks and locales keyed as the report meets them.
      const made = makeStoredReport('1', [], store, [], 0);
      expect(JSON.stringify(made.summary)).toBe(JSON.stringify(makeReport('1', [], inOrder, [], 0).summary));
      expect(severityCounts(made)).toEqual({ error: 1, warning: 4, info: 0 });
      expect(findingCount(made)).toBe(5);
      expect(made.findings).toStrictEqual(inOrder);
      // The JSON report written from the store is the one written from the list.
      expect(formatJson(made)).toBe(formatJson(makeReport('1', [], inOrder, [], 0)));
    });
  }

  it('keeps encoded findings encoded: each reading decodes fresh objects, none is held', () => {
    const store = new FindingStore(new CompactCodec());
    store.add(familyA);
    const once = [...store];
    const again = [...store];
    expect(again).toStrictEqual(once);
    expect(again[0]).not.toBe(once[0]);
    expect(once[0]).not.toBe(familyA[0]);
  });

  it('a report made from a store gives its findings without a list to the JSON writer; a copy of it has a list', () => {
    const store = new FindingStore(new CompactCodec());
    store.add(familyA);
    const made = makeStoredReport('1', [], store, [], 0);
    expect(reportFindings(made)).toBe(store);
    const copy = { ...made, findings: made.findings.slice(1) };
    expect(reportFindings(copy)).toBe(copy.findings);
    expect(severityCounts(copy)).toEqual({ error: 1, warning: 1, info: 0 });
  });
});

const summary = (path: string, family: string, suppressions: ArticleSummary['suppressions'] = []): ArticleSummary => ({
  path,
  locale: path.slice(0, 5),
  family,
  relPath: path.slice(6),
  root: 0,
  segmentCount: 1,
  tableCount: 0,
  anchors: ['a1', 'a2'],
  localLinks: [{ url: 'x.md', kind: 'link', line: 2, column: 3, segment: { source: 'See x', target: 'Siehe x' } }],
  suppressions,
});

const pending = (path: string, family: string, line: number, extra: Partial<PendingFinding> = {}): PendingFinding => ({
  ruleId: 'fact-mismatch',
  messageId: 'missing',
  category: 'fact',
  severity: 'warning',
  path,
  locale: path.slice(0, 5),
  family,
  line,
  column: 1,
  message: `missing at ${line}`,
  related: [],
  docsUrl: 'u',
  key: `k${line}`,
  ...extra,
});

describe('finishing family by family', () => {
  // Family f1: three locales, one departure all three share (a source defect, once per family), one that two share
  // as a term (a convention, which then holds in f2 where one locale alone has it). Family f2: a suppression that
  // silences one finding and one that silences nothing (unused-suppression). A project finding on each family.
  const articles = [
    summary('de-DE/a.md', 'f1'),
    summary('fr-FR/a.md', 'f1'),
    summary('ja-JP/a.md', 'f1'),
    summary('de-DE/b.md', 'f2', [
      { kind: 'next-line', line: 1, column: 1, from: 2, to: 2, ruleIds: [] },
      { kind: 'next-line', line: 8, column: 1, from: 9, to: 9, ruleIds: ['fact-mismatch'] },
    ]),
  ];
  const f1 = (): PendingFinding[] => [
    ...['de-DE/a.md', 'fr-FR/a.md', 'ja-JP/a.md'].map((p) => pending(p, 'f1', 4, { witness: 'w-all', expected: '512', actual: '5.12' })),
    ...['de-DE/a.md', 'fr-FR/a.md'].map((p) => pending(p, 'f1', 7, { witness: 'w-term', expected: 'FastTab', conventionShare: 0.5 })),
  ];
  const f2 = (): PendingFinding[] => [pending('de-DE/b.md', 'f2', 2), pending('de-DE/b.md', 'f2', 5, { expected: 'FastTab', conventionShare: 0.5 }), pending('de-DE/b.md', 'f2', 3)];
  const project = (): PendingFinding[] => [
    pending('ja-JP/a.md', 'f1', 2, { ruleId: 'broken-link', messageId: 'missing-file', category: 'link', key: 'x' }),
    pending('de-DE/b.md', 'f2', 2, { ruleId: 'broken-link', messageId: 'missing-file', category: 'link', key: 'x' }),
  ];
  const rules = activeRules(defaultConfig);

  it('gives the findings, in the order, that finishing the whole run at once gives', () => {
    const whole = finishFindings([...f1(), ...f2(), ...project()], articles, rules);
    expect(whole.map((f) => [f.ruleId, f.path, f.line, f.origin, f.severity])).toEqual([
      ['fact-mismatch', 'de-DE/a.md', 4, 'source', 'info'],
      ['fact-mismatch', 'de-DE/a.md', 7, 'translation', 'info'],
      ['fact-mismatch', 'de-DE/b.md', 3, 'translation', 'warning'],
      ['fact-mismatch', 'de-DE/b.md', 5, 'translation', 'info'],
      ['unused-suppression', 'de-DE/b.md', 8, 'translation', 'warning'],
      ['fact-mismatch', 'fr-FR/a.md', 7, 'translation', 'info'],
      ['broken-link', 'ja-JP/a.md', 2, 'translation', 'warning'],
    ]);
    for (const codec of [undefined, new CompactCodec(), new CompactCodec(true)]) {
      const reader = new LinkReader(new CompactCodec());
      const kept = [keepCompact({ summaries: articles.slice(0, 3), findings: f1() }, reader), keepPlain({ summaries: articles.slice(3), findings: f2() })];
      const store = finishFamilies(kept.map((k) => k.findings), [0, 3, 4], articles, project(), rules, { origin: 'all' }, codec);
      expect([...store]).toStrictEqual(whole);
    }
  });

  it("a compact family's summaries take equal strings from the family's entries, and keep their own where they differ", () => {
    const reader = new LinkReader(new CompactCodec());
    const kept = keepCompact({ summaries: articles.slice(0, 3), findings: f1() }, reader);
    const entries = articles.slice(0, 3).map((a, i) => ({
      base: { abs: '/x/', shown: '' },
      root: a.root,
      relPath: a.relPath,
      locale: i === 2 ? 'xx-XX' : a.locale,
      family: a.family,
    }));
    const summaries = kept.takeSummaries(entries);
    expect(summaries.map((x) => ({ ...x, anchors: x.anchors, localLinks: x.localLinks }))).toStrictEqual(articles.slice(0, 3));
    expect(summaries.map((x) => x.locale)).toEqual(articles.slice(0, 3).map((a) => a.locale));
  });

  it('a compact family keeps its links and findings encoded: read fresh each time they are asked for', () => {
    const reader = new LinkReader(new CompactCodec());
    const kept = keepCompact({ summaries: articles.slice(0, 3), findings: f1() }, reader);
    const summaries = kept.takeSummaries();
    const s = summaries[1] as ArticleSummary;
    expect([s.path, s.anchors, s.localLinks]).toEqual(['fr-FR/a.md', ['a1', 'a2'], articles[1]?.localLinks]);
    // Every field as given, anchors and links read through the summary.
    expect(summaries.map((x) => ({ ...x, anchors: x.anchors, localLinks: x.localLinks }))).toStrictEqual(articles.slice(0, 3));
    expect(Object.keys(s)).not.toContain('localLinks');
    expect(Object.keys(s)).not.toContain('anchors');
    const links = s.localLinks;
    reader.clear();
    expect(s.localLinks).not.toBe(links);
    expect(s.localLinks).toStrictEqual(links);
    // Once the project checks are done the links go from the codec's store: they cannot be read again.
    reader.release();
    expect(() => s.localLinks).toThrow(/no bytes/);
    const peeked = kept.findings.peek();
    expect(peeked).toStrictEqual(f1());
    expect(kept.findings.peek()[0]).not.toBe(peeked[0]);
    expect(kept.findings.take()).toStrictEqual(f1());
    expect(kept.findings.take()).toEqual([]);
  });

  it('project findings kept by family (ProjectFindings, encoded) finish as the list does, one on no file of the run included', () => {
    // missing-article reports on a path no file of the run has: finished on its own, after the families.
    const orphan = pending('es-ES/a.md', 'f1', 1, { ruleId: 'missing-article', messageId: 'missing', category: 'structure', severity: 'info', key: 'missing-article:f1' });
    const all = (): PendingFinding[] => [...project(), orphan];
    const starts = [0, 3, 4];
    const fromList = finishFamilies([keepPlain({ summaries: articles.slice(0, 3), findings: f1() }).findings, keepPlain({ summaries: articles.slice(3), findings: f2() }).findings], starts, articles, all(), rules, { origin: 'all' });
    const units = unitsByPath(starts, articles);
    const grouped = ProjectFindings.of(all(), (p) => units.get(p), new CompactCodec(true));
    const fromGroups = finishFamilies([keepPlain({ summaries: articles.slice(0, 3), findings: f1() }).findings, keepPlain({ summaries: articles.slice(3), findings: f2() }).findings], starts, articles, grouped, rules, { origin: 'all' });
    expect([...fromGroups]).toStrictEqual([...fromList]);
    expect([...fromList].map((f) => [f.ruleId, f.path])).toContainEqual(['missing-article', 'es-ES/a.md']);
  });
});

describe('ProjectFindings', () => {
  const at = (path: string, line: number): PendingFinding => pending(path, path.endsWith('a.md') ? 'f1' : 'f2', line, { ruleId: 'broken-link' });
  const unitOf = (path: string): number | undefined => (path.endsWith('a.md') ? 0 : path.endsWith('b.md') ? 1 : undefined);

  it('gives each family its findings in the order reported, runs of a family apart included, decoded fresh', () => {
    const codec = new CompactCodec(true);
    const list = [at('de-DE/a.md', 1), at('de-DE/b.md', 2), at('fr-FR/a.md', 3), at('zz/none.md', 4), at('ja-JP/a.md', 5)];
    const grouped = ProjectFindings.of(list, unitOf, codec);
    expect(grouped.length).toBe(5);
    expect([...grouped]).toStrictEqual(list);
    expect([...grouped][0]).not.toBe(list[0]);
    expect(grouped.take(0)).toStrictEqual([list[0], list[2], list[4]]);
    expect(grouped.take(0)).toEqual([]);
    expect(grouped.take(undefined)).toStrictEqual([list[3]]);
    expect(grouped.take(1)).toStrictEqual([list[1]]);
  });

  it('setting length lower drops the last findings, across encoded runs (a project check that threw)', () => {
    for (const codec of [undefined, new CompactCodec()]) {
      const list = [...Array.from({ length: 600 }, (_, i) => at('de-DE/a.md', i + 1)), ...Array.from({ length: 5 }, (_, i) => at('de-DE/b.md', i + 1))];
      const grouped = ProjectFindings.of(list, unitOf, codec);
      grouped.length = 290;
      expect(grouped.length).toBe(290);
      grouped.push(at('fr-FR/a.md', 1000));
      expect([...grouped]).toStrictEqual([...list.slice(0, 290), at('fr-FR/a.md', 1000)]);
      expect(grouped.take(1)).toEqual([]);
      expect(grouped.take(0)).toStrictEqual([...list.slice(0, 290), at('fr-FR/a.md', 1000)]);
    }
  });

  it('checkProject reports into it as into a list, a check that throws included', () => {
    const meta = { id: 'fake-check', category: 'link', defaultSeverity: 'error', description: 'd', messages: { m: 'm' } } as const;
    const check: ProjectCheck = {
      scope: 'project',
      meta,
      run: ({ articles: all, report }) => {
        for (const a of all) {
          for (let line = 1; line <= 300; line++) report({ article: a, messageId: 'm', line, key: `k${line}` });
          if (a.path === 'de-DE/b.md') throw new Error('boom');
        }
      },
    };
    const rule: ActiveRule = { check, severity: 'error', options: {} };
    const index = { roots: [], fileExists: () => false, articleAt: () => undefined };
    const articles = [summary('de-DE/a.md', 'f1'), summary('fr-FR/a.md', 'f1'), summary('ja-JP/a.md', 'f1'), summary('de-DE/b.md', 'f2')];
    const asList = checkProject(articles, [rule], index);
    const units = unitsByPath([0, 3, 4], articles);
    const grouped = checkProject(articles, [rule], index, new ProjectFindings((p) => units.get(p), new CompactCodec(true)));
    expect([...grouped]).toStrictEqual(asList);
    expect(asList.filter((f) => f.ruleId === 'unreadable-file')).toHaveLength(1);
  });
});
