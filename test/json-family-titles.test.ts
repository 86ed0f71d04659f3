// The JSON report carries the titles of its families (1.3), so an HTML report rendered from JSON (merge-reports)
// names articles by title instead of by ms.assetid GUID, as the run's own HTML report does.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeReports, parseJsonReport } from '../src/engine/merge.js';
import type { Report } from '../src/model.js';
import { formatJson } from '../src/report/json.js';
import { finding, reportOf } from './helpers/finding.js';
import { expectUsageError, run } from './helpers/cli-run.js';
import { REPO, SEEDS } from './helpers/seeds.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-titles-');
const at = (family: string, file = 'a.md') => finding({ family, path: file, line: 1, column: 1, ruleId: 'merge-conflict-marker', severity: 'error', message: 'm' });
/** The packed data of an HTML report: its `t` holds [family, title] string ids. */
const titlesInHtml = (html: string): Record<string, string> => {
  const json = /<script type="application\/json" id="loccheck-data">([\s\S]*?)<\/script>/.exec(html)?.[1] as string;
  const data = JSON.parse(json) as { s: string[]; t?: [number, number][] };
  return Object.fromEntries((data.t ?? []).map(([k, t]) => [data.s[k], data.s[t]]));
};

describe('family titles in the JSON report', () => {
  it('the seeds: the JSON has familyTitles, and merge-reports renders them in HTML and keeps them in JSON', async () => {
    const json = await run(['-f', 'json', '--fail-on', 'never', ...SEEDS], { cwd: REPO });
    const report = JSON.parse(json.stdout) as Report;
    expect(report.reportVersion).toBe('1.3');
    const family = report.findings[0]?.family as string;
    expect(report.familyTitles).toEqual({ [family]: '\u6570\u636e\u96c6\u505a\u6cd5' });
    // familyTitles comes before findings, which stay the last key (the chunked writer relies on it).
    expect(Object.keys(report).slice(-2)).toEqual(['familyTitles', 'findings']);
    const dir = tree({ 'a.json': json.stdout });
    const html = await run(['merge-reports', '-f', 'html', '--fail-on', 'never', 'a.json'], { cwd: dir });
    expect(html.code).toBe(0);
    expect(titlesInHtml(html.stdout)).toEqual(report.familyTitles);
    const again = JSON.parse((await run(['merge-reports', '-f', 'json', '--fail-on', 'never', 'a.json'], { cwd: dir })).stdout) as Report;
    expect(again.familyTitles).toEqual(report.familyTitles);
  });

  it('only the titles of families with findings are written; none at all leaves the key out', () => {
    const r = reportOf([at('guid-a')]);
    const parsed = JSON.parse(formatJson({ ...r, familyTitles: { 'guid-a': 'A', 'guid-b': 'B' } })) as Report;
    expect(parsed.familyTitles).toEqual({ 'guid-a': 'A' });
    expect('familyTitles' in (JSON.parse(formatJson({ ...r, familyTitles: { 'guid-b': 'B' } })) as object)).toBe(false);
    expect('familyTitles' in (JSON.parse(formatJson(r)) as object)).toBe(false);
  });

  it('merging shards joins their titles (the first title of a family wins; __proto__ is a plain key)', () => {
    const a = parseJsonReport(formatJson({ ...reportOf([at('f1')]), familyTitles: { f1: 'One' } }), 'a.json');
    const b = parseJsonReport(formatJson({ ...reportOf([at('__proto__', 'b.md')]), familyTitles: { ['__proto__']: 'Proto' } }), 'b.json');
    const merged = mergeReports([a, b, parseJsonReport(formatJson(reportOf([at('f3', 'c.md')])), 'c.json')]);
    expect(Object.entries(merged.familyTitles ?? {})).toEqual([['f1', 'One'], ['__proto__', 'Proto']]);
    expect(Object.getPrototypeOf(merged.familyTitles)).toBe(Object.prototype);
  });

  it('a familyTitles that is not an object of strings is exit 2', async () => {
    const json = await run(['-f', 'json', '--fail-on', 'never', ...SEEDS], { cwd: REPO });
    const dir = tree({});
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ ...JSON.parse(json.stdout), familyTitles: { x: 1 } }));
    expectUsageError(await run(['merge-reports', 'bad.json'], { cwd: dir }), 'bad.json: not a valid loccheck JSON report: familyTitles: must be an object of strings');
  });
});
