// merge-reports: the same report given twice is merged once, with a one-line warning (issue 19 item 6).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-merge-dup-');
const conflicted = (locale: string): string => `---\nms.contentlocale: ${locale}\n---\n# T\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n`;

describe('merge-reports with the same report twice', () => {
  it('prints one warning line on stderr and counts the report once', async () => {
    const dir = tree({ 'fr-FR/a.md': conflicted('fr-FR'), 'de-DE/a.md': conflicted('de-DE') });
    expect((await run(['fr-FR', '--format', 'json', '-o', 'a.json', '--fail-on', 'never'], { cwd: dir })).code).toBe(0);
    expect((await run(['de-DE', '--format', 'json', '-o', 'b.json', '--fail-on', 'never'], { cwd: dir })).code).toBe(0);
    // The same content under another name (a shard's artifact downloaded twice).
    const copy = readFileSync(path.join(dir, 'a.json'), 'utf8');
    await import('node:fs').then((fs) => fs.writeFileSync(path.join(dir, 'a-copy.json'), copy));
    const once = await run(['merge-reports', 'a.json', 'b.json', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(once.stderr).toBe('');
    const twice = await run(['merge-reports', 'a.json', 'b.json', 'a-copy.json', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(twice.stderr).toBe('loccheck: merge-reports: a-copy.json is the same report as a.json (the same bytes); merged once\n');
    const summary = (text: string): unknown => (JSON.parse(text) as { summary: { files: number; findings: unknown } }).summary.files;
    expect(summary(twice.stdout)).toBe(summary(once.stdout));
    expect(summary(once.stdout)).toBe(2);
    const same = await run(['merge-reports', 'a.json', 'a.json', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(same.stderr.split('\n')).toEqual(['loccheck: merge-reports: a.json is the same report as a.json (the same bytes); merged once', '']);
  });

  it('two shards that found nothing in as many files are different reports: both are counted', async () => {
    const clean = (locale: string): string => `---\nms.contentlocale: ${locale}\n---\n# T\n\nText.\n`;
    const dir = tree({ 'fr-FR/a.md': clean('fr-FR'), 'de-DE/a.md': clean('de-DE') });
    expect((await run(['fr-FR', '--format', 'json', '-o', 'a.json'], { cwd: dir })).code).toBe(0);
    expect((await run(['de-DE', '--format', 'json', '-o', 'b.json'], { cwd: dir })).code).toBe(0);
    const merged = await run(['merge-reports', 'a.json', 'b.json', '--format', 'json'], { cwd: dir });
    expect(merged.stderr).toBe('');
    expect((JSON.parse(merged.stdout) as { summary: { files: number } }).summary.files).toBe(2);
  });
});
