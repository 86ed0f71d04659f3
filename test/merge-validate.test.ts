// merge-reports validates what it reads: a report with a null finding or an unknown severity is a usage error.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/report/index.js';
import { fm } from './helpers/check-tester.js';
import { expectUsageError, run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-merge-');

describe('merge-reports validates its input', () => {
  it.each([
    ['findings: [null]', (r: Record<string, unknown>) => ({ ...r, findings: [null] }), 'findings[0]: must be an object'],
    ['an unknown severity', (r: Record<string, unknown>) => ({ ...r, findings: (r['findings'] as object[]).map((f) => ({ ...f, severity: 'fatal\n::error::x' })) }), 'findings[0].severity: must be error, warning or info'],
    ['a line that is not a number', (r: Record<string, unknown>) => ({ ...r, findings: (r['findings'] as object[]).map((f) => ({ ...f, line: '1' })) }), 'findings[0].line'],
    ['a related entry without a path', (r: Record<string, unknown>) => ({ ...r, findings: (r['findings'] as object[]).map((f) => ({ ...f, related: [{}] })) }), 'findings[0].related[0].path'],
    ['summary.locales not strings', (r: Record<string, unknown>) => ({ ...r, summary: { ...(r['summary'] as object), locales: [1] } }), 'summary.locales'],
  ])('%s: exit 2 with one line, in every format', async (_name, spoil, message) => {
    const dir = tree({ 'de-DE/a.md': `${fm('de-DE')}\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n` });
    const good = await run(['-f', 'json', '.'], { cwd: dir });
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(spoil(JSON.parse(good.stdout))));
    for (const format of FORMATS) expectUsageError(await run(['merge-reports', '-f', format, 'bad.json'], { cwd: dir }), `bad.json: not a valid loccheck JSON report: ${message}`);
    // The good one still merges.
    writeFileSync(path.join(dir, 'good.json'), good.stdout);
    expect((await run(['merge-reports', '-f', 'terminal', 'good.json'], { cwd: dir })).code).toBe(1);
  });
});
